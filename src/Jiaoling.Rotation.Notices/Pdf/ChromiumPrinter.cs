using System.Diagnostics;

namespace Jiaoling.Rotation.Notices.Pdf;

/// <summary>
/// Prints HTML files to PDF with headless Chromium, one browser run per document, each with a fresh
/// profile folder, as many at once as the machine has cores (at most four); a run that outlasts the
/// timeout is killed.
/// </summary>
public sealed class ChromiumPrinter(string browser, TimeSpan timeout)
{
    private static readonly int Parallel = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Prints the (html, pdf) pairs all or nothing: each document goes to a hidden temporary file beside its
    /// target (named like <c>OutputFolder</c>'s staging folder), and the files move into place only when
    /// every one has printed. When one fails or the run is cancelled, the temporary files are deleted and no
    /// target is created or changed. Throws <see cref="PdfException"/> with a Chinese message naming the
    /// document that failed (the first in the list when several failed). <paramref name="progress"/> hears, in
    /// Chinese, each document as it starts printing.
    /// </summary>
    public async Task PrintAsync(IReadOnlyList<(string Html, string Pdf)> jobs, CancellationToken ct, IProgress<string>? progress = null)
    {
        var staged = jobs.Select(j => (j.Html, j.Pdf, Temp: TempPath(j.Pdf))).ToList();
        try
        {
            var failures = new System.Collections.Concurrent.ConcurrentDictionary<int, PdfException>();
            var next = -1;
            // After a failure no new document starts; the ones printing finish, so the error reported is
            // the first failed document's whatever order the runs end in.
            async Task Worker()
            {
                while (failures.IsEmpty && Interlocked.Increment(ref next) is var i && i < staged.Count)
                {
                    try
                    {
                        progress?.Report($"正在打印 PDF 第 {i + 1}/{staged.Count} 个：{Path.GetFileName(staged[i].Pdf)}");
                        await PrintOneAsync(staged[i].Html, staged[i].Temp, Path.GetFileName(staged[i].Pdf), ct);
                    }
                    catch (PdfException e)
                    {
                        failures[i] = e;
                    }
                }
            }
            await Task.WhenAll(Enumerable.Range(0, Math.Min(Parallel, staged.Count)).Select(_ => Worker()));
            if (!failures.IsEmpty)
            {
                throw failures.MinBy(f => f.Key).Value;
            }
            foreach (var (_, pdf, temp) in staged)
            {
                File.Move(temp, pdf, overwrite: true);
            }
        }
        finally
        {
            foreach (var (_, _, temp) in staged)
            {
                File.Delete(temp);
            }
        }
    }

    private static string TempPath(string pdf)
    {
        var full = Path.GetFullPath(pdf);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
    }

    private async Task PrintOneAsync(string html, string pdf, string name, CancellationToken ct)
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
            using var process = Process.Start(start) ?? throw new PdfException($"无法启动浏览器 {browser}，未生成任何 PDF。");
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
                throw new PdfException($"浏览器打印 {name} 超过 {timeout.TotalSeconds:0} 秒，已终止，未生成任何 PDF。");
            }
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                var detail = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "";
                throw new PdfException($"浏览器未能打印 {name}（退出码 {process.ExitCode}），未生成任何 PDF{(detail.Length > 0 ? "：" + detail : "。")}");
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
