using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// The requirements the county is judged on, as the first page of the report lists them: the 10 % / 20 %
/// quotas, principals due, direction, shortage subjects, resource teachers (item 10), the per-school
/// minimums and the six CVs, each before and after the plan with its verdict.
/// </summary>
internal static class SummaryRows
{
    public static IReadOnlyList<SummaryRow> Build(RenderInput input)
    {
        var p = input.County.Policy;
        var r = input.After.Rotation;
        var (rotatedNeeded, backboneNeeded) = RotationMetrics.Targets(r.Eligible, p);
        var rows = new List<SummaryRow>
        {
            new($"交流教师占符合条件教师 ≥ {Format.Percent(p.MinExchangeRatio)}（至少 {rotatedNeeded} 人）", "—",
                $"{r.Rotated} 人，{Format.Percent(r.Ratio)}", Verdict(r.Rotated >= rotatedNeeded), ""),
            new($"骨干教师占交流教师 ≥ {Format.Percent(p.MinBackboneShare)}（至少 {backboneNeeded} 人）", "—",
                $"{r.BackboneRotated} 人，{Format.Percent(r.BackboneShare)}", Verdict(r.BackboneRotated >= backboneNeeded), ""),
            new($"在同一学校任职满 {p.PrincipalMaxYears} 年的校长交流", $"应交流 {r.PrincipalsDue} 人",
                $"校长交流 {r.PrincipalsMoved} 人", Verdict(r.PrincipalsMoved >= r.PrincipalsDue), ""),
            new("交流教师由城镇学校流向乡村、薄弱学校的比例", "—",
                $"{Format.Percent(r.Directions.TowardShare)}（同类学校之间平调 {Format.Percent(r.Directions.SidewaysShare)}）", "", ""),
            Change("紧缺学科（心理健康、体育、音乐、美术、信息科技）缺额（折合全职）", input.Before.ShortageFte, input.After.ShortageFte),
            Resource(input),
        };
        foreach (var stage in CountyMetrics.Stages)
        {
            var (b, a) = (input.Before.Standards[stage], input.After.Standards[stage]);
            rows.Add(new($"{Format.Stage(stage)}三项教师配置最低标准均达到的学校（共 {b[Indicator.QualifiedPer100].Schools} 所）",
                $"{b.AllThree} 所", $"{a.AllThree} 所", "", ValueChange.TrendOf(b.AllThree, a.AllThree, moreIsBetter: true)));
        }
        foreach (var stage in CountyMetrics.Stages)
        {
            foreach (var i in StageIndicators.All)
            {
                var (b, a) = (input.Before.Indicators[stage][i].Cv, input.After.Indicators[stage][i].Cv);
                var limit = BalanceStandards.MaxCv(stage);
                rows.Add(new($"{Format.Stage(stage)}{IndicatorLabels.Short(i)}差异系数 ≤ {Format.Number(limit, 2)}",
                    Format.Number(b, 3), Format.Number(a, 3), CvCheck.Passes(a, limit) is { } pass ? Verdict(pass) : "无数据",
                    b is { } x && a is { } y ? ValueChange.TrendOf(x, y, moreIsBetter: false) : ""));
            }
        }
        rows.Add(new("表示不愿交流而被安排交流、走教的教师", "—", $"{r.UnwillingMoved} 人", "", ""));
        return rows;
    }

    private static SummaryRow Change(string what, decimal before, decimal after) =>
        new(what, Format.Fte(before), Format.Fte(after), after < before ? "减少" : after > before ? "增加" : "不变",
            ValueChange.TrendOf((double)before, (double)after, moreIsBetter: false));

    private static SummaryRow Resource(RenderInput input)
    {
        var before = ResourceTeachers.Of(input.County, input.Before);
        var after = ResourceTeachers.Of(input.County, input.After);
        var n = input.County.Policy.DemandNorms.ResourceTeacherMinStudents;
        return new($"随班就读残疾学生 {n} 人以上的学校配专职资源教师（共 {before.Count} 所）",
            $"{before.Count(x => x.Compliant)} 所", $"{after.Count(x => x.Compliant)} 所",
            Verdict(after.All(x => x.Compliant)),
            ValueChange.TrendOf(before.Count(x => x.Compliant), after.Count(x => x.Compliant), moreIsBetter: true));
    }

    private static string Verdict(bool met) => met ? "达标" : "未达标";
}
