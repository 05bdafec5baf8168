namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// One teacher's notice (交流轮岗通知书), every value formatted for print. <c>Kind</c> is the plan's
/// kind code (transfer, itinerant, principal) the template branches on; an itinerant notice lists its
/// shares, the others name the new school.
/// </summary>
public sealed record Notice(
    string DocNumber,
    string Kind,
    string KindLabel,
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
    string ReportDate,
    string ReportPlace,
    string Issuer,
    string IssueDate);
