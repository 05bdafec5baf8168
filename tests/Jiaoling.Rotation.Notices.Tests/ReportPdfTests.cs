using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>
/// The county report printed with real headless Chromium: its first page is the county leader's summary,
/// whole — the sentences, every row of the table and the closing note — and the report proper starts on
/// the second page.
/// </summary>
public sealed class ReportPdfTests
{
    [Fact]
    public async Task The_first_printed_page_of_the_sample_county_report_holds_the_whole_summary()
    {
        var read = DatasetReader.Read(Directory.Exists(RepoPaths.SampleCounty) ? RepoPaths.SampleCounty : RepoPaths.ContractExample);
        Assert.True(read.Ok, string.Join("\n", read.Errors));
        var county = County.Create(read.Dataset!);
        await AssertSummaryOnFirstPageAsync(RenderInput.Measure(county, HandPlan.For(county), SmallPlan.Solver));
    }

    [Fact]
    public async Task The_first_printed_page_of_the_small_plan_report_holds_the_whole_summary()
    {
        await AssertSummaryOnFirstPageAsync(SmallPlan.Input());
    }

    private static async Task AssertSummaryOnFirstPageAsync(RenderInput input)
    {
        var docs = new HtmlDocuments(PlanDocuments.LoadTemplates(SmallPlan.Options()), input, SmallPlan.ReportDate);
        using var output = new TempFolder();
        var html = output.File("report.html");
        File.WriteAllText(html, docs.Report());
        var browser = Pdf.Browser.Find(null);
        Assert.NotNull(browser);
        var pdf = output.File("report.pdf");
        await new Pdf.ChromiumPrinter(browser, TimeSpan.FromSeconds(120)).PrintAsync([(html, pdf)], CancellationToken.None);

        var first = Flat(Poppler.PageText(pdf, 1));
        var second = Flat(Poppler.PageText(pdf, 2));
        Assert.Contains("方案摘要", first);
        Assert.Contains("要求交流前交流后结论", first);
        // The note closes the summary section: on page 1, everything before it is there too.
        Assert.Contains("术语和标准见第二部分“定义”；各项数字的明细见后文各部分。", first);
        Assert.DoesNotContain("一、交流轮岗比例与流向", first);
        Assert.StartsWith("一、交流轮岗比例与流向", second);
        Assert.DoesNotContain("要求交流前交流后结论", second);
    }

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
