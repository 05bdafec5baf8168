using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>The public list (公示名单): one line per plan row, in plan order, and who publishes it.</summary>
public sealed record PublicList(string Title, string Issuer, string IssueDate, IReadOnlyList<PublicListRow> Rows)
{
    internal static PublicList Build(County county, Plan plan, DateOnly issueDate)
    {
        var rows = plan.Assignments
            .Select((a, i) => new PublicListRow(
                i + 1,
                county.Teachers.GetValueOrDefault(a.TeacherId)?.Name ?? a.TeacherName,
                Format.SchoolName(county, a.From),
                Format.SchoolName(county, a.To),
                a.Kind == AssignmentKind.Principal ? "校长" : Format.Subject(a.Subject),
                Format.Kind(a.Kind)))
            .ToList();
        var title = $"{county.Policy.PlanStartDate.Year}年义务教育学校教师交流轮岗人员名单";
        return new PublicList(title, county.Policy.Issuer, Format.Date(issueDate), rows);
    }
}
