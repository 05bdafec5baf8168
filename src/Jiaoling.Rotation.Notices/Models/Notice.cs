namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// One teacher's notice (交流轮岗通知书), an annex item of the plan's one document (<see cref="NoticeFile"/>),
/// every value formatted for print. <c>Kind</c> is the plan's kind code (transfer, itinerant, principal)
/// the template branches on; an itinerant notice lists its shares, the others name the new school.
/// <c>Body</c> is the notice's main sentence, shared by the HTML, PDF and Word versions.
/// <c>CopyTo</c> lists the sending and receiving schools (抄送); <c>SchoolIds</c> are their ids.
/// </summary>
public sealed record Notice(
    int AnnexNo,
    string Kind,
    string KindLabel,
    string Title,
    string TeacherId,
    string Name,
    string Stage,
    string Subject,
    string CurrentSchool,
    string CurrentTown,
    string NewSchool,
    string NewTown,
    string NewSubject,
    IReadOnlyList<NoticeShare> Shares,
    string TotalDaysPerWeek,
    string StartDate,
    string EndDate,
    string TermYears,
    string Reason,
    string Body,
    string ReportDate,
    string ReportPlace,
    string CopyTo,
    IReadOnlyList<string> SchoolIds);
