using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>
/// What each objective level serves, measured on a plan in the users' units rather than as the solver's
/// objective: the shortage FTE, the school × indicator pairs below their minimum, the CVs above their limit,
/// sideways and unwilling moves and the FTE sent beyond need, the sum of the six CVs, the rows changed
/// from the previous plan. Every figure comes from <see cref="CountyMetrics"/> (or <see cref="PlanDiff"/>), the same numbers the reports print.
/// </summary>
public static class LevelMeasures
{
    public static IReadOnlyList<Quantity> Of(string level, County county, CountyMetrics measured, Plan plan, Plan? previous) =>
        level switch
        {
            "shortage" => Shortage(county, measured),
            "standards" =>
            [
                new("未达到最低标准的学校×指标", Stages(measured).Sum(s => StageIndicators.All.Sum(i => s[i].Schools - s[i].Meeting)), 0, "项"),
                new("三项最低标准均达到的学校", Stages(measured).Sum(s => s.AllThree), 0, "所"),
            ],
            "cv" => [new("超过上限的差异系数", Cvs(measured).Count(c => c.Pass == false), 0, "项")],
            "disruption" =>
            [
                Sideways(measured),
                new("不愿交流而被安排", measured.Rotation.UnwillingMoved, 0, "人"),
                new("超出所需的调入", (double)measured.SurplusAddedFte, 1, "人"),
                new("交流教师", measured.Rotation.Rotated, 0, "人"),
            ],
            "balance" => [new("六项差异系数之和", Cvs(measured).Sum(c => c.Cv ?? 0), 3, "")],
            "stability" when previous is not null =>
            [
                new("与上一版相比新增和删除的安排", AddedOrRemoved(PlanDiff.Of(previous, plan)), 0, "条"),
            ],
            _ => [],
        };

    private static Quantity Sideways(CountyMetrics measured) => new("同类学校之间平调", measured.Rotation.Directions.Sideways, 0, "人");

    /// <summary>The six CVs of a measured plan against their limits.</summary>
    public static IEnumerable<CvCheck> Cvs(CountyMetrics measured) => CountyMetrics.Stages.SelectMany(s =>
        StageIndicators.All.Select(i => new CvCheck(s, i, measured.Indicators[s][i].Cv, BalanceStandards.MaxCv(s))));

    private static IEnumerable<StageStandards> Stages(CountyMetrics measured) => CountyMetrics.Stages.Select(s => measured.Standards[s]);

    private static List<Quantity> Shortage(County county, CountyMetrics measured)
    {
        var quantities = new List<Quantity> { new("紧缺学科缺额", (double)measured.ShortageFte, 1, "人") };
        var resource = ResourceTeachers.Of(county, measured);
        if (resource.Count > 0)
        {
            quantities.Add(new("缺专职资源教师的学校", resource.Count(r => !r.Compliant), 0, "所"));
        }
        return quantities;
    }

    /// <summary>Rows in one plan and not the other, as the stability level counts them.</summary>
    private static int AddedOrRemoved(PlanDiff diff) =>
        diff.Added.Count + diff.Removed.Count + diff.Changed.Sum(c => c.Before.Count + c.After.Count);
}
