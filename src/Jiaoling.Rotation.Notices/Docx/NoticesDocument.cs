using DocumentFormat.OpenXml.Wordprocessing;
using Jiaoling.Rotation.Notices.Models;

namespace Jiaoling.Rotation.Notices.Docx;

/// <summary>
/// notices.docx: the plan's document and every notice, a page each, with the content and layout of
/// notice.sbn-html, for the bureau to edit in WPS or Word before printing.
/// </summary>
internal static class NoticesDocument
{
    public static void Write(string path, NoticeFile file, IReadOnlyList<Notice> notices)
    {
        using var word = new WordWriter(path);
        Head(word, file);
        word.Text(file.Title, WordFonts.Title, JustificationValues.Center, spaceBeforeMm: 5);
        word.Text(file.Addressee + "：", WordFonts.Body, spaceBeforeMm: 4);
        foreach (var paragraph in file.Paragraphs)
        {
            word.Text(paragraph, WordFonts.Body, indentChars: 2);
        }
        word.Text("附件：" + file.Annex, WordFonts.Body, indentChars: 2, spaceBeforeMm: 5);
        Signature(word, file);
        word.Text(file.Issuer + "    " + file.IssueDate + "印发", WordFonts.Colophon, spaceBeforeMm: 10, rules: WordWriter.Around(8, 8));
        foreach (var notice in notices)
        {
            word.PageBreak();
            Notice(word, file, notice);
        }
    }

    private static void Notice(WordWriter word, NoticeFile file, Notice n)
    {
        Head(word, file);
        word.Text($"附件{n.AnnexNo}", WordFonts.Heading, spaceBeforeMm: 3);
        word.Text(n.Title, WordFonts.Title, JustificationValues.Center, spaceBeforeMm: 3);
        word.Text(n.Name + "同志：", WordFonts.Body, spaceBeforeMm: 3);
        word.Text(n.Body, WordFonts.Body, indentChars: 2);
        if (n.Shares.Count > 0)
        {
            word.Table([["走教学校", "所在镇", "任教学科", "岗位份额", "每周天数"],
                .. n.Shares.Select(s => (IReadOnlyList<string>)[s.School, s.Town, s.Subject, s.Share, s.DaysPerWeek])], WordFonts.Table);
        }
        var principal = n.Kind == "principal";
        List<IReadOnlyList<string>> rows =
        [
            ["工号", n.TeacherId, "姓名", n.Name],
            ["学段", n.Stage, "现任教学科", n.Subject],
            ["现任教学校", $"{n.CurrentSchool}（{n.CurrentTown}）", "交流方式", n.KindLabel],
        ];
        if (n.NewSchool != "")
        {
            rows.Add(["交流学校", $"{n.NewSchool}（{n.NewTown}）", principal ? "职务" : "任教学科", principal ? "校长" : n.NewSubject]);
        }
        rows.Add(["起止日期", $"{n.StartDate}至{n.EndDate}"]);
        rows.Add(["交流原因", n.Reason]);
        word.Table(rows, WordFonts.Table);
        word.Text($"请于{n.ReportDate}到{n.ReportPlace}报到。", WordFonts.Body, indentChars: 2, spaceBeforeMm: 2);
        word.Text("特此通知。", WordFonts.Body, indentChars: 2);
        Signature(word, file);
        word.Text($"抄送：{n.CopyTo}。", WordFonts.Colophon, spaceBeforeMm: 6, rules: WordWriter.Around(8));
        word.Text(file.Issuer + "    " + file.IssueDate + "印发", WordFonts.Colophon, rules: WordWriter.Around(4, 8));
    }

    /// <summary>The red masthead and the document number above the red line.</summary>
    private static void Head(WordWriter word, NoticeFile file)
    {
        word.Text(file.Masthead, WordFonts.Masthead, JustificationValues.Center, spaceBeforeMm: 6);
        word.Text(file.DocNumber, WordFonts.Body, JustificationValues.Center, spaceBeforeMm: 5, rules: WordWriter.Below(WordFonts.Red, 12));
    }

    /// <summary>Room for the seal, then the issuer and the signing date four characters from the right, and the contact note.</summary>
    private static void Signature(WordWriter word, NoticeFile file)
    {
        word.Text(file.Issuer, WordFonts.Body, JustificationValues.Right, rightChars: 4, spaceBeforeMm: 16);
        word.Text(file.IssueDate, WordFonts.Body, JustificationValues.Right, rightChars: 4);
        if (file.Contact != "")
        {
            word.Text(file.Contact, WordFonts.Body, indentChars: 2, spaceBeforeMm: 2);
        }
    }
}
