using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>
/// The notices printed with real headless Chromium in the official-document layout: the plan's document,
/// then a page per notice with the document number above the red line and the policy's dates; and a PDF
/// per school holding the document and that school's notices.
/// </summary>
public sealed class NoticePdfTests(NoticePdfTests.Printed printed) : IClassFixture<NoticePdfTests.Printed>
{
    /// <summary>
    /// The small plan's documents printed once for the whole class: the tests only read the PDFs, and each
    /// print is six Chromium runs.
    /// </summary>
    public sealed class Printed : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _output = new();

        public DocumentResult Result { get; private set; } = null!;

        public string File(string relative) => _output.File(relative);

        public async Task InitializeAsync() =>
            Result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), _output.Path, SmallPlan.Options(pdf: true), CancellationToken.None);

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _output.Dispose();
    }

    private string NoticesPdf => printed.File(PlanDocuments.NoticesPdf);

    [Fact]
    public void The_document_and_each_notice_take_one_a4_page_each()
    {
        Assert.True(printed.Result.PdfMade, printed.Result.PdfMessage);
        Assert.EndsWith("(A4)", Poppler.PageSize(NoticesPdf));
        Assert.Equal(1 + 4, Poppler.Pages(NoticesPdf));
        Assert.Contains("蕉岭县教育局关于印发2027年义务教育学校教师交流轮岗通知书的通知", Flat(Poppler.PageText(NoticesPdf, 1)));
        Assert.Contains("附件1至附件4，共4份", Flat(Poppler.PageText(NoticesPdf, 1)));
    }

    [Theory]
    [InlineData(2, "王芳")]
    [InlineData(3, "李明")]
    [InlineData(5, "黄丽")]
    public void A_notice_has_the_red_masthead_and_document_number_above_the_red_line_and_its_text_below(int page, string name)
    {
        var words = Poppler.Words(NoticesPdf, page);
        var redLine = Poppler.RedLineRows(NoticesPdf, page);
        Assert.NotEmpty(redLine);
        // The line is one rule a few points thick, not the red masthead's letters.
        Assert.InRange(redLine[^1] - redLine[0], 0, 4);
        // pdftotext's boxes span the font's whole ascent and descent and overlap the next line's, so compare
        // the middles of the words.
        double Middle(string text) => words.Where(w => w.Text.Contains(text, StringComparison.Ordinal)).Select(w => (w.Top + w.Bottom) / 2).First();
        Assert.True(Middle("蕉岭县教育局文件") < Middle("蕉教人〔2027〕7号"));
        Assert.True(Middle("蕉教人〔2027〕7号") < redLine[0], $"document number at {Middle("蕉教人〔2027〕7号")}, red line at {redLine[0]}");
        Assert.True(redLine[^1] < Middle($"附件{page - 1}"));
        Assert.True(redLine[^1] < Middle(name + "同志"));
    }

    [Fact]
    public void Notices_carry_the_policy_dates_and_contact_not_the_day_of_the_run()
    {
        var text = Flat(Poppler.Text(NoticesPdf));
        Assert.Contains("2027年8月10日", text);
        Assert.Contains("请于2027年8月30日到", text);
        Assert.Contains("联系电话：0753-1230001", text);
        Assert.Contains("公示（2027年7月20日至2027年7月24日）", text);
        var today = DateTime.Today;
        Assert.DoesNotContain($"{today.Year}年{today.Month}月{today.Day}日", text);
        Assert.Contains("抄送：城关小学，新铺小学。", Flat(Poppler.PageText(NoticesPdf, 2)));
    }

    [Fact]
    public void Every_school_with_rows_gets_the_document_and_its_own_notices()
    {
        var expected = new Dictionary<string, (int Notices, string[] Names)>
        {
            ["S1-城关小学.pdf"] = (2, ["王芳", "李明"]),
            ["S2-新铺小学.pdf"] = (4, ["王芳", "李明", "陈国强", "黄丽"]),
            ["S3-长潭中心小学.pdf"] = (3, ["李明", "陈国强", "黄丽"]),
        };
        var folder = printed.File(PlanDocuments.SchoolNoticesFolder);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (file, (notices, names)) in expected)
        {
            var pdf = Path.Combine(folder, file);
            Assert.Equal(1 + notices, Poppler.Pages(pdf));
            var text = Poppler.Text(pdf);
            Assert.All(names, name => Assert.Contains(name + "同志", text));
            Assert.Contains($"{PlanDocuments.SchoolNoticesFolder}/{file}", printed.Result.Files);
        }
    }

    [Fact]
    public void The_public_list_prints_with_its_period_supervision_phone_and_page_numbers()
    {
        var text = Flat(Poppler.Text(printed.File(PlanDocuments.PublicListPdf)));
        Assert.Contains("公示期：2027年7月20日至2027年7月24日", text);
        Assert.Contains("监督电话：0753-1230002", text);
        Assert.Contains("第1页共1页", text);
    }

    /// <summary>The text without spaces and line breaks: lines wrap anywhere in Chinese text.</summary>
    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
