using System.Diagnostics;
using System.Runtime.Versioning;
using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>A browser that fails or hangs costs the PDFs, never the HTML, and a hung one is killed.</summary>
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
        var browser = output.File("hanging-browser");
        File.WriteAllText(browser, "#!/bin/sh\nsleep 60\n");
        File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var options = SmallPlan.Options(pdf: true) with { BrowserPath = browser, PdfTimeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, options, CancellationToken.None);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.False(result.PdfMade);
        Assert.Contains("超过 1 秒，已终止", result.PdfMessage);
    }
}
