using System.Globalization;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>Builds a page for every school a plan row leaves from or goes to, in school id order.</summary>
internal static class SchoolPageBuilder
{
    public static IReadOnlyList<SchoolPage> Build(RenderInput input)
    {
        var rows = input.Plan.Assignments;
        return rows.SelectMany(a => new[] { a.From, a.To })
            .Distinct()
            .Where(input.County.Schools.ContainsKey)
            .Order()
            .Select(id => Build(input, input.County.Schools[id]))
            .ToList();
    }

    private static SchoolPage Build(RenderInput input, School school)
    {
        var county = input.County;
        var moves = Moves(county, input.Plan, school.Id);
        var leaving = moves.Count(m => m.Direction == Leaving);
        var arriving = moves.Count(m => m.Direction == Arriving);
        var headcount = county.Headcount[school.Id];
        var after = headcount - leaving + arriving;
        var quota = school.StaffQuota;
        return new SchoolPage(
            school.Id.Value,
            school.Name,
            school.Town,
            Codes.Area.Label(school.Area),
            Codes.Level.Label(school.Level),
            county.Policy.PlanStartDate.Year.ToString(CultureInfo.InvariantCulture),
            Format.Date(county.Policy.NoticeDay),
            Count(headcount),
            Count(after),
            quota is { } q ? Count(q) : "",
            quota is { } q1 ? Against(headcount, q1) : "",
            quota is { } q2 ? Against(after, q2) : "",
            Count(leaving),
            Count(arriving),
            moves,
            Subjects(input, school.Id),
            IndicatorRows(input, school.Id),
            Format.Fte(SchoolUnmet(input.Before, school.Id)),
            Format.Fte(SchoolUnmet(input.After, school.Id)),
            county.Policy.Issuer);
    }

    private const string Leaving = "调出";
    private const string Arriving = "调入";

    /// <summary>Transfers and principal moves out, then in, then itinerant shares out and in, each in plan order.</summary>
    private static List<SchoolMove> Moves(County county, Plan plan, SchoolId school)
    {
        var rows = plan.Assignments;
        bool Itinerant(Assignment a) => a.Kind == AssignmentKind.Itinerant;
        return rows.Where(a => !Itinerant(a) && a.From == school).Select(a => Move(county, Leaving, a, a.To))
            .Concat(rows.Where(a => !Itinerant(a) && a.To == school).Select(a => Move(county, Arriving, a, a.From)))
            .Concat(rows.Where(a => Itinerant(a) && a.From == school).Select(a => Move(county, "外出走教", a, a.To)))
            .Concat(rows.Where(a => Itinerant(a) && a.To == school).Select(a => Move(county, "来校走教", a, a.From)))
            .ToList();
    }

    private static SchoolMove Move(County county, string direction, Assignment a, SchoolId other) => new(
        direction,
        a.TeacherId.Value,
        county.Teachers.GetValueOrDefault(a.TeacherId)?.Name ?? a.TeacherName,
        a.Kind == AssignmentKind.Principal ? "校长" : Format.Subject(a.Subject),
        Format.Kind(a.Kind),
        Format.SchoolName(county, other),
        a.Kind == AssignmentKind.Itinerant ? Format.Share(a.Share) : "",
        a.Kind == AssignmentKind.Itinerant ? Format.DaysPerWeek(a.Share) : "",
        a.Reason);

    /// <summary>Every stage and subject the school needs or has teachers of, before or after the plan.</summary>
    private static List<SubjectStaffing> Subjects(RenderInput input, SchoolId school) =>
        input.County.Demand.Keys.Concat(input.Before.Supply.Keys).Concat(input.After.Supply.Keys)
            .Where(k => k.School == school)
            .Distinct()
            .OrderBy(k => k.Stage).ThenBy(k => k.Subject)
            .Select(k => (k, need: input.County.Required(k), before: input.Before.Unmet.GetValueOrDefault(k), after: input.After.Unmet.GetValueOrDefault(k)))
            .Where(x => x.need > 0 || input.Before.Supply.GetValueOrDefault(x.k) > 0 || input.After.Supply.GetValueOrDefault(x.k) > 0)
            .Select(x => new SubjectStaffing(
                Format.Stage(x.k.Stage),
                Format.Subject(x.k.Subject),
                Format.Fte(x.need),
                Format.Fte(input.Before.Supply.GetValueOrDefault(x.k)),
                Format.Fte(input.After.Supply.GetValueOrDefault(x.k)),
                Format.Fte(x.before),
                Format.Fte(x.after),
                ValueChange.TrendOf((double)x.before, (double)x.after, moreIsBetter: false)))
            .ToList();

    private static List<ValueChange> IndicatorRows(RenderInput input, SchoolId school) =>
        CountyMetrics.Stages
            .Select(stage => (stage,
                before: input.Before.Indicators[stage].Schools.FirstOrDefault(s => s.School == school),
                after: input.After.Indicators[stage].Schools.FirstOrDefault(s => s.School == school)))
            .Where(x => x.before is not null && x.after is not null)
            .SelectMany(x => StageIndicators.All.Select(i => new ValueChange(
                Format.Stage(x.stage),
                IndicatorLabels.Label(i),
                Format.Number(x.before!.Per100(i), 2),
                Format.Number(x.after!.Per100(i), 2),
                ValueChange.TrendOf(x.before.Per100(i), x.after.Per100(i), moreIsBetter: true))))
            .ToList();

    /// <summary>A headcount against the quota: 超编 N 人 over it, 空编 N 人 under it, 满编 at it.</summary>
    private static string Against(int headcount, int quota) => (headcount - quota) switch
    {
        > 0 and var over => $"超编 {Count(over)} 人",
        < 0 and var under => $"空编 {Count(-under)} 人",
        _ => "满编",
    };

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static decimal SchoolUnmet(CountyMetrics metrics, SchoolId school) =>
        metrics.Unmet.Where(kv => kv.Key.School == school).Sum(kv => kv.Value);
}
