using System.Text;
using Jiaoling.Rotation.Notices.Docx;
using Jiaoling.Rotation.Notices.Pdf;
using Jiaoling.Rotation.Notices.Xlsx;

namespace Jiaoling.Rotation.Notices;

/// <summary>
/// Writes every document of a plan into the output folder: <c>notices/&lt;teacher_id&gt;.html</c>,
/// <c>schools/&lt;school_id&gt;.html</c>, <c>public-list.html</c>, <c>report.html</c>, <c>plan.xlsx</c>,
/// <c>notices.docx</c> (the plan's document and every notice, for editing in WPS or Word), and — when a
/// Chromium browser is found and PDFs are asked for — <c>notices.pdf</c> (the document, then every notice,
/// a page each), <c>report.pdf</c>, <c>public-list.pdf</c> (numbered 第 x 页 共 y 页) and, for each school a notice concerns, the document with that school's
/// notices in <c>notices-by-school/&lt;school_id&gt;-&lt;name&gt;.pdf</c>.
/// </summary>
public static class PlanDocuments
{
    public const string NoticesPdf = "notices.pdf";
    public const string ReportPdf = "report.pdf";
    public const string PublicListPdf = "public-list.pdf";
    public const string NoticesDocx = "notices.docx";
    public const string SchoolNoticesFolder = "notices-by-school";

    /// <summary>Parses the templates the options point at; call it before planning to fail early on a template error.</summary>
    public static DocumentTemplates LoadTemplates(DocumentOptions options) =>
        DocumentTemplates.Load(TemplateFolder.Resolve(options.TemplatesFolder));

    /// <summary>Loads the templates and writes every document; see <see cref="WriteAllAsync(DocumentTemplates, RenderInput, string, DocumentOptions, CancellationToken)"/>.</summary>
    public static Task<DocumentResult> WriteAllAsync(RenderInput input, string outFolder, DocumentOptions options, CancellationToken ct) =>
        WriteAllAsync(LoadTemplates(options), input, outFolder, options, ct);

    /// <summary>
    /// Renders every HTML document first (a template error throws <see cref="TemplateException"/> before
    /// anything is written), writes them, plan.xlsx and notices.docx, then prints the PDFs, all or none (see
    /// <see cref="ChromiumPrinter.PrintAsync"/>). PDFs that cannot be made are not an error: the result says
    /// why in one Chinese line, no PDF is written, and the HTML stays written.
    /// </summary>
    public static async Task<DocumentResult> WriteAllAsync(DocumentTemplates templates, RenderInput input, string outFolder,
        DocumentOptions options, CancellationToken ct)
    {
        var docs = new HtmlDocuments(templates, input, options.ReportDate ?? DateOnly.FromDateTime(DateTime.Today));
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
        NoticesDocument.Write(Path.Combine(outFolder, NoticesDocx), docs.File, docs.Notices);
        written.Add(NoticesDocx);
        var (pdfs, message) = await PrintAsync(docs, outFolder, options, ct);
        written.AddRange(pdfs);
        return new DocumentResult(written, pdfs.Count > 0, message);
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

    /// <summary>
    /// Prints notices.pdf, report.pdf and public-list.pdf into a hidden folder inside the output folder,
    /// cuts the per-school PDFs out of notices.pdf there, and only then moves them all into place
    /// (replacing an earlier run's per-school PDFs), so a failure anywhere leaves no new PDF.
    /// </summary>
    private static async Task<(IReadOnlyList<string> Pdfs, string? Message)> PrintAsync(HtmlDocuments docs, string outFolder,
        DocumentOptions options, CancellationToken ct)
    {
        if (!options.MakePdf)
        {
            return ([], "已按要求跳过 PDF（--no-pdf），HTML 文件已写出。");
        }
        if (Browser.Find(options.BrowserPath) is not { } browser)
        {
            return ([], $"未找到 Chromium 浏览器（{string.Join("、", Browser.Names)}），未生成 PDF，HTML 文件已写出。");
        }
        var work = Directory.CreateTempSubdirectory("jiaoling-notices-");
        var stage = Directory.CreateDirectory(Path.Combine(outFolder, $".pdf.{Guid.NewGuid():N}.tmp"));
        try
        {
            var allNotices = Path.Combine(work.FullName, "notices.html");
            await File.WriteAllTextAsync(allNotices, docs.AllNotices(), Encoding.UTF8, ct);
            string Staged(string name) => Path.Combine(stage.FullName, name);
            await new ChromiumPrinter(browser, options.PdfTimeout).PrintAsync(
            [
                (allNotices, Staged(NoticesPdf)),
                (Path.Combine(outFolder, "report.html"), Staged(ReportPdf)),
                (Path.Combine(outFolder, "public-list.html"), Staged(PublicListPdf)),
            ], ct, options.Progress);
            var bySchool = docs.SchoolNotices()
                .Select(s => (Pdf: $"{SchoolNoticesFolder}/{Models.Format.FileName($"{s.SchoolId}-{s.Name}")}.pdf", s.Notices))
                .ToList();
            options.Progress?.Report($"正在按学校拆分通知书 PDF（{bySchool.Count} 所学校）");
            Directory.CreateDirectory(Staged(SchoolNoticesFolder));
            NoticeSplitter.Split(Staged(NoticesPdf), docs.Notices.Count, bySchool.Select(s => (Staged(s.Pdf), s.Notices)));
            var pdfs = new List<string> { NoticesPdf, ReportPdf, PublicListPdf };
            pdfs.AddRange(bySchool.Select(s => s.Pdf));
            MoveIntoPlace(stage.FullName, outFolder, pdfs);
            return (pdfs, null);
        }
        catch (PdfException e)
        {
            return ([], e.Message);
        }
        finally
        {
            work.Delete(recursive: true);
            stage.Delete(recursive: true);
        }
    }

    private static void MoveIntoPlace(string stage, string outFolder, IReadOnlyList<string> pdfs)
    {
        var bySchool = Path.Combine(outFolder, SchoolNoticesFolder);
        if (Directory.Exists(bySchool))
        {
            foreach (var stale in Directory.EnumerateFiles(bySchool, "*.pdf"))
            {
                File.Delete(stale);
            }
        }
        Directory.CreateDirectory(bySchool);
        foreach (var pdf in pdfs)
        {
            File.Move(Path.Combine(stage, pdf), Path.Combine(outFolder, pdf), overwrite: true);
        }
    }
}
