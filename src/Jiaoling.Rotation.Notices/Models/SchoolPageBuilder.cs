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
        var rows = input.Plan.Assignments;
        var moves = rows.Where(a => a.Kind != AssignmentKind.Itinerant).ToList();
        var shares = rows.Where(a => a.Kind == AssignmentKind.Itinerant).ToList();
        var leaving = moves.Where(a => a.From == school.Id).Select(a => Move(county, a, a.To)).ToList();
        var arriving = moves.Where(a => a.To == school.Id).Select(a => Move(county, a, a.From)).ToList();
        var headcount = county.Headcount[school.Id];
        var unmet = UnmetRows(input, school.Id);
        return new SchoolPage(
            school.Id.Value,
            school.Name,
            school.Town,
            Codes.Area.Label(school.Area),
            Codes.Level.Label(school.Level),
            county.Policy.PlanStartDate.Year.ToString(CultureInfo.InvariantCulture),
            headcount.ToString(CultureInfo.InvariantCulture),
            (headcount - leaving.Count + arriving.Count).ToString(CultureInfo.InvariantCulture),
            leaving,
            arriving,
            shares.Where(a => a.From == school.Id).Select(a => Move(county, a, a.To)).ToList(),
            shares.Where(a => a.To == school.Id).Select(a => Move(county, a, a.From)).ToList(),
            IndicatorRows(input, school.Id),
            unmet,
            Format.Fte(SchoolUnmet(input.Before, school.Id)),
            Format.Fte(SchoolUnmet(input.After, school.Id)),
            county.Policy.Issuer);
    }

    private static SchoolMove Move(County county, Assignment a, SchoolId other) => new(
        a.TeacherId.Value,
        county.Teachers.GetValueOrDefault(a.TeacherId)?.Name ?? a.TeacherName,
        a.Kind == AssignmentKind.Principal ? "校长" : Format.Subject(a.Subject),
        Format.Kind(a.Kind),
        Format.SchoolName(county, other),
        Format.Share(a.Share),
        Format.DaysPerWeek(a.Share));

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

    private static List<ValueChange> UnmetRows(RenderInput input, SchoolId school) =>
        input.County.Demand.Keys
            .Where(k => k.School == school)
            .Select(k => (key: k, before: input.Before.Unmet.GetValueOrDefault(k), after: input.After.Unmet.GetValueOrDefault(k)))
            .Where(x => x.before > 0 || x.after > 0)
            .OrderBy(x => x.key.Stage).ThenBy(x => x.key.Subject)
            .Select(x => new ValueChange(
                Format.Stage(x.key.Stage),
                Format.Subject(x.key.Subject),
                Format.Fte(x.before),
                Format.Fte(x.after),
                ValueChange.TrendOf((double)x.before, (double)x.after, moreIsBetter: false)))
            .ToList();

    private static decimal SchoolUnmet(CountyMetrics metrics, SchoolId school) =>
        metrics.Unmet.Where(kv => kv.Key.School == school).Sum(kv => kv.Value);
}
