using System.Diagnostics;
using System.Runtime.Versioning;
using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>
/// A browser that fails or hangs costs the PDFs, never the HTML, and a hung one is killed; the PDFs are
/// written all or none, and a new set replaces an earlier run's per-school PDFs.
/// </summary>
public sealed class PrinterTests
{
    [Fact]
    public async Task A_browser_that_fails_leaves_a_one_line_message_and_the_html()
    {
        using var output = new TempFolder();
        var options = SmallPlan.Options(pdf: true) with { BrowserPath = "/bin/false" };
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, options, CancellationToken.None);
        Assert.False(result.PdfMade);
        Assert.StartsWith("浏览器未能打印 notices.pdf（退出码 1）", result.PdfMessage);
        Assert.DoesNotContain('\n', result.PdfMessage!);
        Assert.True(File.Exists(output.File("notices/T0001.html")));
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task A_browser_that_hangs_is_killed_at_the_timeout()
    {
        using var output = new TempFolder();
        var browser = Browser(output, "sleep 60");
        var options = SmallPlan.Options(pdf: true) with { BrowserPath = browser, PdfTimeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, options, CancellationToken.None);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.False(result.PdfMade);
        Assert.Contains("超过 1 秒，已终止", result.PdfMessage);
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task A_report_that_fails_after_the_notices_printed_leaves_neither_pdf_and_no_temporary_file()
    {
        using var output = new TempFolder();
        File.WriteAllText(output.File(PlanDocuments.NoticesPdf), "an earlier run's notices");
        var browser = Browser(output, PrintUnless("report.html"));
        var options = SmallPlan.Options(pdf: true) with { BrowserPath = browser };
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, options, CancellationToken.None);
        Assert.False(result.PdfMade);
        Assert.Equal("浏览器未能打印 report.pdf（退出码 1），未生成任何 PDF：cannot print report", result.PdfMessage);
        Assert.DoesNotContain(PlanDocuments.NoticesPdf, result.Files);
        Assert.Equal("an earlier run's notices", output.Read(PlanDocuments.NoticesPdf));
        Assert.False(File.Exists(output.File(PlanDocuments.ReportPdf)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path, ".*"));
        Assert.False(Directory.Exists(output.File(PlanDocuments.SchoolNoticesFolder)));
        Assert.True(File.Exists(output.File("report.html")));
    }

    [Fact]
    public async Task Pdfs_that_all_print_move_into_place_and_leave_no_temporary_file()
    {
        using var output = new TempFolder();
        Directory.CreateDirectory(output.File(PlanDocuments.SchoolNoticesFolder));
        File.WriteAllText(output.File($"{PlanDocuments.SchoolNoticesFolder}/S9-已撤并学校.pdf"), "an earlier run's school");
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, SmallPlan.Options(pdf: true), CancellationToken.None);
        Assert.True(result.PdfMade, result.PdfMessage);
        Assert.All([PlanDocuments.NoticesPdf, PlanDocuments.ReportPdf, PlanDocuments.PublicListPdf],
            pdf => Assert.StartsWith("%PDF", output.Read(pdf)));
        Assert.Equal(["S1-城关小学.pdf", "S2-新铺小学.pdf", "S3-长潭中心小学.pdf"],
            Directory.EnumerateFiles(output.File(PlanDocuments.SchoolNoticesFolder)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path, ".*"));
    }

    [Fact]
    public async Task A_notice_running_over_a_page_costs_every_pdf_and_says_so()
    {
        using var templates = TempFolder.CopyOfTemplates();
        File.AppendAllText(templates.File(DocumentTemplates.StyleFile), "\n.official { min-height: 300mm; }\n");
        using var output = new TempFolder();
        var options = SmallPlan.Options(pdf: true) with { TemplatesFolder = templates.Path };
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, options, CancellationToken.None);
        Assert.False(result.PdfMade);
        Assert.StartsWith("notices.pdf 共 10 页，应为 5 页", result.PdfMessage);
        Assert.Empty(Directory.EnumerateFiles(output.Path, "*.pdf", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path, ".*"));
    }

    /// <summary>A shell script standing in for Chromium: prints a stub PDF, or fails for a page whose URL contains <paramref name="failing"/>.</summary>
    private static string PrintUnless(string failing) => $$"""
        for arg in "$@"; do
          case "$arg" in --print-to-pdf=*) pdf="${arg#--print-to-pdf=}" ;; esac
        done
        case "$*" in *{{failing}}*) echo "cannot print report" >&2; exit 1 ;; esac
        printf '%%PDF-1.4 stub\n' > "$pdf"
        """;

    [SupportedOSPlatform("linux")]
    private static string Browser(TempFolder folder, string body)
    {
        var path = folder.File("browser.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
