using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Ranks the teachers who could take a transfer or itinerant row instead of its teacher ("who else could
/// teach music at this school"): same stage, qualified in the row's subject, allowed to move, not in the
/// plan yet; the nearest ones are tried by swapping them into the row, re-checking every rule and
/// re-measuring the plan. Rule-abiding alternatives come first, then by shortage, balance and distance.
/// </summary>
public static class Alternatives
{
    private const int Tried = 40;

    public static (Alternative Current, IReadOnlyList<Alternative> Ranked) Rank(County county, Plan plan, Assignment row, int count)
    {
        var planned = plan.Assignments.Select(a => a.TeacherId).ToHashSet();
        var current = Measure(county, plan, county.Teachers[row.TeacherId], row.From, row.To);
        var ranked = county.Teachers.Values
            .Where(t => !planned.Contains(t.Id) && MayTake(county, t, row))
            .OrderBy(t => county.Distances.Km(t.SchoolId, row.To)).ThenBy(t => t.Id.Value, StringComparer.Ordinal)
            .Take(Tried)
            .Select(t => Measure(county, Swap(plan, row, t), t, t.SchoolId, row.To))
            .OrderBy(a => a.Violations).ThenBy(a => a.ShortageFte).ThenBy(a => a.CvSum).ThenBy(a => a.Km)
            .Take(count)
            .ToList();
        return (current, ranked);
    }

    /// <summary>
    /// Whether the rules' filters let the teacher take the row: the row's stage, another school, the row's
    /// subject, allowed to transfer. The checker then judges the whole plan.
    /// </summary>
    private static bool MayTake(County county, Teacher t, Assignment row) =>
        PlanFormat.AllowsRow(t, row.Stage, row.To) && row.Subject is { } s && SubjectMatch.AllowsSubject(t, s)
        && EligibilityRule.AllowsTransfer(t, county.Status[t.Id]);

    private static Plan Swap(Plan plan, Assignment row, Teacher t) => new(plan.Assignments
        .Select(a => a == row ? a with { TeacherId = t.Id, TeacherName = t.Name, From = t.SchoolId } : a)
        .ToList());

    private static Alternative Measure(County county, Plan plan, Teacher t, SchoolId from, SchoolId to)
    {
        var violations = PlanChecker.Check(county, plan);
        var metrics = CountyMetrics.Measure(county, plan);
        var cvSum = CountyMetrics.Stages.SelectMany(s => StageIndicators.All.Select(i => metrics.Indicators[s][i].Cv ?? 0)).Sum();
        return new Alternative(t, violations.Count, violations.FirstOrDefault()?.ToString(), metrics.ShortageFte, cvSum,
            county.Distances.Km(from, to));
    }
}
