namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// The plan's one document (文件) in the GB/T 9704 layout, whose annex items are the teachers' notices:
/// the red masthead (发文机关标志, the issuer followed by 文件), the document number above the red line,
/// the title, the addressee, the body paragraphs, the annex line, the signing date, the contact note
/// (附注, empty when the policy gives no contact) and who prints it.
/// </summary>
public sealed record NoticeFile(
    string Masthead,
    string DocNumber,
    string Issuer,
    string Title,
    string Addressee,
    IReadOnlyList<string> Paragraphs,
    string Annex,
    string IssueDate,
    string Contact);
