using System.Diagnostics;

namespace Jiaoling.Rotation.Notices.Pdf;

/// <summary>
/// Prints HTML files to PDF with headless Chromium, one browser run per document, each with a fresh
/// profile folder; a run that outlasts the timeout is killed.
/// </summary>
public sealed class ChromiumPrinter(string browser, TimeSpan timeout)
{
    /// <summary>Prints each (html, pdf) pair; throws <see cref="PdfException"/> with a Chinese message when one fails.</summary>
    public async Task PrintAsync(IEnumerable<(string Html, string Pdf)> jobs, CancellationToken ct)
    {
        foreach (var (html, pdf) in jobs)
        {
            await PrintAsync(html, pdf, ct);
        }
    }

    private async Task PrintAsync(string html, string pdf, CancellationToken ct)
    {
        var profile = Directory.CreateTempSubdirectory("jiaoling-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in Arguments(profile.FullName, html, pdf))
            {
                start.ArgumentList.Add(arg);
            }
            File.Delete(pdf);
            using var process = Process.Start(start) ?? throw new PdfException($"无法启动浏览器 {browser}，未生成 PDF。");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                throw new PdfException($"浏览器打印 {Path.GetFileName(pdf)} 超过 {timeout.TotalSeconds:0} 秒，已终止，未生成 PDF。");
            }
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                var detail = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
                throw new PdfException($"浏览器未能打印 {Path.GetFileName(pdf)}（退出码 {process.ExitCode}）：{detail.Trim()}");
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Arguments(string profile, string html, string pdf) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile,
        "--print-to-pdf=" + pdf,
        new Uri(Path.GetFullPath(html)).AbsoluteUri,
    ];
}
