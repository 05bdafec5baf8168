using Jiaoling.Rotation.Notices.Models;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Jiaoling.Rotation.Notices.Pdf;

/// <summary>
/// Makes the per-school PDFs from notices.pdf by copying pages, which takes milliseconds where a browser
/// run per school takes seconds: page 1 is the plan's document and page N + 1 is annex item N, so a
/// school's PDF is page 1 and the pages of its notices.
/// </summary>
internal static class NoticeSplitter
{
    /// <summary>
    /// Writes each (pdf, notices) pair from <paramref name="noticesPdf"/>. Throws <see cref="PdfException"/>
    /// when the file does not have one page per notice after the document (a notice ran over a page).
    /// </summary>
    public static void Split(string noticesPdf, int notices, IEnumerable<(string Pdf, IReadOnlyList<Notice> Notices)> parts)
    {
        using var all = PdfReader.Open(noticesPdf, PdfDocumentOpenMode.Import);
        if (all.PageCount != notices + 1)
        {
            throw new PdfException($"notices.pdf 共 {all.PageCount} 页，应为 {notices + 1} 页（文件正文 1 页、每份通知书 1 页）："
                + "有通知书超过一页，未生成任何 PDF；请缩短 notice.sbn-html 的内容或 style.css 的字号、间距。");
        }
        foreach (var (pdf, own) in parts)
        {
            using var part = new PdfDocument();
            part.AddPage(all.Pages[0]);
            foreach (var notice in own)
            {
                part.AddPage(all.Pages[notice.AnnexNo]);
            }
            part.Save(pdf);
        }
    }
}
