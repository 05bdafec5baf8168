using System.Globalization;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// No school falls below a per-school minimum of the 2017 evaluation that it meets (rule <c>keep_standards</c>).
/// </summary>
/// <remarks>
/// When the policy's <c>keep_standards</c> is true, every school × stage × teacher indicator (above the
/// required education, backbone, PE and art teachers per 100 students) that meets its minimum before the
/// plan still meets it after — in a year with returns, one that meets it both before the plan and after the
/// returns (<see cref="ProtectedCounts"/>). Filter: <see cref="Allows"/> (the greedy planner's test of a move). Constraints:
/// a cell that meets its minimum keeps at least the fewest teachers that meet it (<see cref="Floor"/>).
/// </remarks>
public sealed class KeepStandards : IModelRule, IPlanCheck
{
    public string Id => RuleIds.KeepStandards;

    /// <summary>
    /// Whether a school × stage that counted <paramref name="before"/> teachers for the indicator before the
    /// plan may end with <paramref name="after"/>: always, unless it met the minimum before and would not after.
    /// </summary>
    public static bool Allows(Policy policy, Stage stage, Indicator indicator, int students, int before, int after)
    {
        var minimum = SchoolStandard.Minimum(policy, stage, indicator);
        return !policy.KeepStandards || !SchoolStandard.Meets(before, students, minimum) || SchoolStandard.Meets(after, students, minimum);
    }

    /// <summary>
    /// The count the cell must keep: the fewest teachers that meet the minimum, when the cell meets it
    /// before the plan and the policy keeps standards; null when the rule does not bind the cell.
    /// </summary>
    internal static int? Floor(Policy policy, IndicatorCell cell)
    {
        var needed = SchoolStandard.Needed(cell.Students, SchoolStandard.Minimum(policy, cell.Stage, cell.Indicator));
        return policy.KeepStandards && needed > 0 && cell.Protected >= needed ? needed : null;
    }

    void IModelRule.Post(RotationModel m)
    {
        foreach (var cell in m.Indicators.Cells.Where(c => c.Changes))
        {
            if (Floor(m.Policy, cell) is { } floor && cell.Lowest < floor)
            {
                m.Guards.Enforce(m.Cp.Add(cell.After >= floor), Id, cell.School.Id.Value);
            }
        }
    }

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        if (!ctx.Policy.KeepStandards)
        {
            yield break;
        }
        var after = Posting.Of(ctx.County, ctx.Plan);
        var before = Posting.Of(ctx.County, ctx.County.Baseline);
        var kept = ProtectedCounts.Of(ctx.County);
        foreach (var stage in CountyMetrics.Stages)
        {
            var was = StageIndicators.Measure(stage, ctx.County.Dataset.Schools, before);
            var now = StageIndicators.Measure(stage, ctx.County.Dataset.Schools, after);
            foreach (var row in was.Schools)
            {
                var end = now.ForSchool(row.School)!;
                foreach (var indicator in StageIndicators.All.Where(i =>
                             SchoolStandard.Meets(kept[(row.School, stage, i)], row.Students, SchoolStandard.Minimum(ctx.Policy, stage, i))
                             && !StageStandards.Meets(ctx.Policy, end, i)))
                {
                    yield return new Violation(Id, Sentence(ctx, row, end, indicator));
                }
            }
        }
    }

    private static string Sentence(PlanCheckContext ctx, SchoolIndicators before, SchoolIndicators after, Indicator indicator)
    {
        var school = ctx.County.Schools[before.School];
        var minimum = SchoolStandard.Minimum(ctx.Policy, before.Stage, indicator);
        string Per100(SchoolIndicators x) => x.Per100(indicator).ToString("0.000", CultureInfo.InvariantCulture);
        return $"学校 {school.Id}（{school.Name}）{Codes.Stage.Label(before.Stage)}{IndicatorLabels.Label(indicator)}"
               + $"由 {Per100(before)}（{before.Count(indicator)} 人，达标）降至 {Per100(after)}（{after.Count(indicator)} 人），"
               + $"低于最低标准 {Fmt.Num(minimum)}（{before.Students} 名学生至少需 {SchoolStandard.Needed(before.Students, minimum)} 人）。";
    }
}
