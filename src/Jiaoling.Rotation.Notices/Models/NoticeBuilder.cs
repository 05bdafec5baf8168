using System.Globalization;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// Builds one notice per teacher of a plan, in plan order, numbered PREFIX〔YEAR〕N号 with YEAR the plan's
/// start year and N counting teachers from 1. A teacher's itinerant rows make one notice listing each share.
/// The contract writes the number as 〔YEAR〕PREFIX N号; official documents (GB/T 9704) put the issuer's
/// prefix first (蕉教人〔2027〕1号), which is what a bureau prints, so that order is used (docs/policy.md).
/// </summary>
internal static class NoticeBuilder
{
    public static IReadOnlyList<Notice> Build(County county, Plan plan, DateOnly issueDate)
    {
        var policy = county.Policy;
        return plan.Assignments
            .GroupBy(a => a.TeacherId)
            .Select((rows, index) => Build(county, rows.ToList(), DocNumber(policy, index + 1), issueDate))
            .ToList();
    }

    public static string DocNumber(Policy policy, int sequence) =>
        $"{policy.DocNumberPrefix}〔{policy.PlanStartDate.Year}〕{sequence.ToString(CultureInfo.InvariantCulture)}号";

    private static Notice Build(County county, IReadOnlyList<Assignment> rows, string docNumber, DateOnly issueDate)
    {
        var main = rows.FirstOrDefault(a => a.Kind != AssignmentKind.Itinerant) ?? rows[0];
        var teacher = county.Teachers.GetValueOrDefault(main.TeacherId);
        var shares = main.Kind == AssignmentKind.Itinerant
            ? rows.Where(a => a.Kind == AssignmentKind.Itinerant).Select(a => Share(county, a)).ToList()
            : [];
        var moves = main.Kind == AssignmentKind.Itinerant;
        var newSchool = moves ? "" : Format.SchoolName(county, main.To);
        var newTown = moves ? "" : Format.Town(county, main.To);
        var reportPlace = moves
            ? string.Join("、", shares.Select(s => Place(s.School, s.Town)))
            : Place(newSchool, newTown);
        var totalShare = rows.Where(a => a.Kind == AssignmentKind.Itinerant).Sum(a => a.Share);
        return new Notice(
            docNumber,
            Format.KindCode(main.Kind),
            Format.Kind(main.Kind),
            main.TeacherId.Value,
            teacher?.Name ?? main.TeacherName,
            Format.Stage(main.Stage),
            Format.Subject(teacher?.Subject),
            Format.SchoolName(county, main.From),
            Format.Town(county, main.From),
            newSchool,
            newTown,
            Format.Subject(main.Subject),
            shares,
            Format.DaysPerWeek(totalShare),
            Format.Date(main.StartDate),
            Format.Date(main.EndDate),
            (main.EndDate.Year - main.StartDate.Year).ToString(CultureInfo.InvariantCulture),
            string.Join("；", rows.Select(a => a.Reason).Distinct()),
            Format.Date(main.StartDate),
            reportPlace,
            county.Policy.Issuer,
            Format.Date(issueDate));
    }

    private static NoticeShare Share(County county, Assignment row) => new(
        Format.SchoolName(county, row.To),
        Format.Town(county, row.To),
        Format.Subject(row.Subject),
        Format.Share(row.Share),
        Format.DaysPerWeek(row.Share));

    private static string Place(string school, string town) => town == "" ? school : $"{school}（{town}）";
}
