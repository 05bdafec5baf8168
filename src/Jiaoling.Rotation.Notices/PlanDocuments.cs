using System.Text;
using Jiaoling.Rotation.Notices.Pdf;
using Jiaoling.Rotation.Notices.Xlsx;

namespace Jiaoling.Rotation.Notices;

/// <summary>
/// Writes every document of a plan into the output folder: <c>notices/&lt;teacher_id&gt;.html</c>,
/// <c>schools/&lt;school_id&gt;.html</c>, <c>public-list.html</c>, <c>report.html</c>, <c>plan.xlsx</c>,
/// and — when a Chromium browser is found and PDFs are asked for — <c>notices.pdf</c> (every notice, a
/// page each) and <c>report.pdf</c>.
/// </summary>
public static class PlanDocuments
{
    public const string NoticesPdf = "notices.pdf";
    public const string ReportPdf = "report.pdf";

    /// <summary>Parses the templates the options point at; call it before planning to fail early on a template error.</summary>
    public static DocumentTemplates LoadTemplates(DocumentOptions options) =>
        DocumentTemplates.Load(TemplateFolder.Resolve(options.TemplatesFolder));

    /// <summary>Loads the templates and writes every document; see <see cref="WriteAllAsync(DocumentTemplates, RenderInput, string, DocumentOptions, CancellationToken)"/>.</summary>
    public static Task<DocumentResult> WriteAllAsync(RenderInput input, string outFolder, DocumentOptions options, CancellationToken ct) =>
        WriteAllAsync(LoadTemplates(options), input, outFolder, options, ct);

    /// <summary>
    /// Renders every HTML document first (a template error throws <see cref="TemplateException"/> before
    /// anything is written), writes them and plan.xlsx, then prints the PDFs, both or neither (see
    /// <see cref="ChromiumPrinter.PrintAsync"/>). PDFs that cannot be made are not an error: the result says
    /// why in one Chinese line, neither PDF is written, and the HTML stays written.
    /// </summary>
    public static async Task<DocumentResult> WriteAllAsync(DocumentTemplates templates, RenderInput input, string outFolder,
        DocumentOptions options, CancellationToken ct)
    {
        var docs = new HtmlDocuments(templates, input, options.IssueDate ?? DateOnly.FromDateTime(DateTime.Today));
        options.Progress?.Report($"正在生成通知书 {docs.Notices.Count} 份、学校页、公示名单和报告");
        var pages = Render(docs, ct);
        var written = new List<string>();
        foreach (var (name, html) in pages)
        {
            ct.ThrowIfCancellationRequested();
            var path = Path.Combine(outFolder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, html, Encoding.UTF8, ct);
            written.Add(name);
        }
        PlanWorkbook.Write(Path.Combine(outFolder, "plan.xlsx"), input);
        written.Add("plan.xlsx");
        var (pdfMade, message) = await PrintAsync(docs, outFolder, options, ct);
        if (pdfMade)
        {
            written.AddRange([NoticesPdf, ReportPdf]);
        }
        return new DocumentResult(written, pdfMade, message);
    }

    private static List<(string Name, string Html)> Render(HtmlDocuments docs, CancellationToken ct)
    {
        var pages = new List<(string, string)>();
        foreach (var notice in docs.Notices)
        {
            ct.ThrowIfCancellationRequested();
            pages.Add(($"notices/{Models.Format.FileName(notice.TeacherId)}.html", docs.Notice(notice)));
        }
        pages.AddRange(docs.SchoolPages().Select(p => ($"schools/{Models.Format.FileName(p.SchoolId)}.html", p.Html)));
        pages.Add(("public-list.html", docs.PublicList()));
        pages.Add(("report.html", docs.Report()));
        return pages;
    }

    private static async Task<(bool Made, string? Message)> PrintAsync(HtmlDocuments docs, string outFolder,
        DocumentOptions options, CancellationToken ct)
    {
        if (!options.MakePdf)
        {
            return (false, "已按要求跳过 PDF（--no-pdf），HTML 文件已写出。");
        }
        if (Browser.Find(options.BrowserPath) is not { } browser)
        {
            return (false, $"未找到 Chromium 浏览器（{string.Join("、", Browser.Names)}），未生成 PDF，HTML 文件已写出。");
        }
        var work = Directory.CreateTempSubdirectory("jiaoling-notices-");
        try
        {
            var allNotices = Path.Combine(work.FullName, "notices.html");
            await File.WriteAllTextAsync(allNotices, docs.AllNotices(), Encoding.UTF8, ct);
            await new ChromiumPrinter(browser, options.PdfTimeout).PrintAsync(
                [(allNotices, Path.Combine(outFolder, NoticesPdf)), (Path.Combine(outFolder, "report.html"), Path.Combine(outFolder, ReportPdf))],
                ct, options.Progress);
            return (true, null);
        }
        catch (PdfException e)
        {
            return (false, e.Message);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
