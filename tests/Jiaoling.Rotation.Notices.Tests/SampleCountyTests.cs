using System.Diagnostics;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices.Tests.Builders;
using Xunit.Abstractions;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>
/// The documents of a whole county (the sample county, or the contract's example until it exists) with a
/// hand-built plan: every file written, and the notices printed to PDF a page each with Chinese text.
/// </summary>
public sealed class SampleCountyTests(ITestOutputHelper log)
{
    private static string DataFolder =>
        Directory.Exists(RepoPaths.SampleCounty) ? RepoPaths.SampleCounty : RepoPaths.ContractExample;

    [Fact]
    public async Task Every_html_document_of_the_county_is_written()
    {
        var input = Input(out var plan);
        using var output = new TempFolder();
        var first = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = await PlanDocuments.WriteAllAsync(input, output.Path, SmallPlan.Options(), CancellationToken.None);
        log.WriteLine($"first WriteAllAsync without PDF (parse, render, write HTML and xlsx): {first.ElapsedMilliseconds} ms, " +
            $"process CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms");
        var templates = PlanDocuments.LoadTemplates(SmallPlan.Options());
        var clock = Stopwatch.StartNew();
        var docs = new HtmlDocuments(templates, input, SmallPlan.ReportDate);
        var rendered = docs.Notices.Sum(n => docs.Notice(n).Length) + docs.SchoolPages().Sum(p => p.Html.Length)
            + docs.PublicList().Length + docs.Report().Length;
        log.WriteLine($"{DataFolder}: {plan.Assignments.Count} rows, {result.Files.Count} files; " +
            $"rendering all HTML again took {clock.ElapsedMilliseconds} ms ({rendered / 1024} KiB)");
        var teachers = plan.Assignments.Select(a => a.TeacherId).Distinct().ToList();
        Assert.All(teachers, id => Assert.Contains($"notices/{id}.html", result.Files));
        Assert.Equal(teachers.Count, result.Files.Count(f => f.StartsWith("notices/", StringComparison.Ordinal)));
        Assert.Contains("report.html", output.HtmlFiles());
    }

    [Fact]
    public async Task Notices_print_a_page_each_after_the_document_and_every_school_gets_its_pdf()
    {
        var input = Input(out var plan);
        using var output = new TempFolder();
        var clock = Stopwatch.StartNew();
        var result = await PlanDocuments.WriteAllAsync(input, output.Path, SmallPlan.Options(pdf: true), CancellationToken.None);
        log.WriteLine($"with PDF: {clock.ElapsedMilliseconds} ms");
        Assert.True(result.PdfMade, result.PdfMessage);
        var notices = output.File(PlanDocuments.NoticesPdf);
        var teachers = plan.Assignments.Select(a => a.TeacherId).Distinct().Count();
        Assert.Equal(1 + teachers, Poppler.Pages(notices));
        var text = Poppler.Text(notices);
        Assert.Contains("交流轮岗通知书", text);
        Assert.Contains(input.County.Teachers[plan.Assignments[0].TeacherId].Name, text);
        Assert.Contains($"附件{teachers}", text);
        Assert.Contains("评估报告", Poppler.Text(output.File(PlanDocuments.ReportPdf)));
        var schools = plan.Assignments.SelectMany(a => new[] { a.From, a.To }).Distinct().ToList();
        var bySchool = Directory.EnumerateFiles(output.File(PlanDocuments.SchoolNoticesFolder)).Select(Path.GetFileName).ToList();
        Assert.Equal(schools.Count, bySchool.Count);
        Assert.All(schools, id => Assert.Single(bySchool, f => f!.StartsWith(id.Value + "-", StringComparison.Ordinal)));
        var list = output.File(PlanDocuments.PublicListPdf);
        var pages = Poppler.Pages(list);
        Assert.True(pages > 1, "the county's public list should run over several pages");
        Assert.Matches($@"第\s*{pages}\s*页\s*共\s*{pages}\s*页", Poppler.PageText(list, pages));
    }

    [Fact]
    public async Task The_page_of_a_typical_school_prints_on_one_a4_page()
    {
        var input = Input(out var plan);
        var rows = plan.Assignments.SelectMany(a => new[] { a.From, a.To }).CountBy(id => id.Value).OrderBy(kv => kv.Value).ToList();
        var (typical, count) = rows[rows.Count / 2];
        var docs = new HtmlDocuments(PlanDocuments.LoadTemplates(SmallPlan.Options()), input, SmallPlan.ReportDate);
        using var output = new TempFolder();
        var html = output.File("school.html");
        File.WriteAllText(html, docs.SchoolPages().Single(p => p.SchoolId == typical).Html);
        var browser = Pdf.Browser.Find(null);
        Assert.NotNull(browser);
        await new Pdf.ChromiumPrinter(browser, TimeSpan.FromSeconds(120)).PrintAsync([(html, output.File("school.pdf"))], CancellationToken.None);
        log.WriteLine($"typical school {typical}: {count} rows");
        Assert.Equal(1, Poppler.Pages(output.File("school.pdf")));
    }

    [Fact]
    public async Task Without_pdf_the_result_says_so_in_one_chinese_line()
    {
        using var output = new TempFolder();
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, SmallPlan.Options(), CancellationToken.None);
        Assert.False(result.PdfMade);
        Assert.Contains("--no-pdf", result.PdfMessage);
        Assert.DoesNotContain('\n', result.PdfMessage!);
        Assert.False(File.Exists(output.File(PlanDocuments.NoticesPdf)));
    }

    [Fact]
    public async Task With_no_browser_the_html_is_written_and_the_message_says_why()
    {
        using var output = new TempFolder();
        var options = SmallPlan.Options(pdf: true) with { BrowserPath = output.File("no-such-browser") };
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, options, CancellationToken.None);
        Assert.False(result.PdfMade);
        Assert.StartsWith("未找到 Chromium 浏览器", result.PdfMessage);
        Assert.True(File.Exists(output.File("report.html")));
    }

    private static RenderInput Input(out Plan plan)
    {
        var read = DatasetReader.Read(DataFolder);
        Assert.True(read.Ok, string.Join("\n", read.Errors));
        var county = County.Create(read.Dataset!);
        plan = HandPlan.For(county);
        return RenderInput.Measure(county, plan, SmallPlan.Solver);
    }
}
