using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// The public list (公示名单): one line per plan row, in plan order, who publishes it, the public notice
/// period (公示期, from the policy) and the phone that takes objections (监督电话, empty when not set).
/// It is dated the first day of the period.
/// </summary>
public sealed record PublicList(string Title, string Issuer, string IssueDate, string PublicityStart, string PublicityEnd,
    string PublicityDays, string SupervisionPhone, IReadOnlyList<PublicListRow> Rows)
{
    internal static PublicList Build(County county, Plan plan)
    {
        var policy = county.Policy;
        var rows = plan.Assignments
            .Select((a, i) => new PublicListRow(
                i + 1,
                county.Teachers.GetValueOrDefault(a.TeacherId)?.Name ?? a.TeacherName,
                Format.SchoolName(county, a.From),
                Format.SchoolName(county, a.To),
                a.Kind == AssignmentKind.Principal ? "校长" : Format.Subject(a.Subject),
                Format.Kind(a.Kind)))
            .ToList();
        var title = $"{policy.PlanStartDate.Year}年义务教育学校教师交流轮岗人员名单";
        return new PublicList(title, policy.Issuer, Format.Date(policy.PublicityFirstDay), Format.Date(policy.PublicityFirstDay),
            Format.Date(policy.PublicityLastDay), policy.PublicityDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            policy.SupervisionPhone ?? "", rows);
    }
}
