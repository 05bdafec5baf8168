namespace Jiaoling.Rotation.Web;

/// <summary>One register entry as HR's register pages and the exported workbook show it (Chinese labels, ISO dates).</summary>
public sealed record RegisterRow(
    string TeacherId,
    string TeacherName,
    string Kind,
    string FromId,
    string FromName,
    string ToId,
    string ToName,
    string Stage,
    string Subject,
    decimal Share,
    string Start,
    string End,
    string Plan,
    long RunId,
    string PublishedBy,
    string PublishedAt,
    int? YearsSince);
