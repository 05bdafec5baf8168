using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Notices;

namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>
/// The closing lines of a planning run, in words HR reads: the 10 % and 20 % quotas met or not, the
/// shortage before and after, the schools meeting all three minimums, each CV against its limit, the
/// direction of the moves, a warning for every figure that got worse, and how good each level's result is.
/// Every figure is the county measured before and after the plan (<see cref="RenderInput"/>).
/// </summary>
public static class RunSummary
{
    public static IReadOnlyList<string> Lines(RenderInput input)
    {
        var (policy, before, after) = (input.County.Policy, input.Before, input.After);
        var r = after.Rotation;
        var (rotatedNeeded, backboneNeeded) = RotationMetrics.Targets(r.Eligible, policy);
        var lines = new List<string>
        {
            $"交流比例：交流轮岗教师 {r.Rotated} 人，占符合交流条件教师 {r.Eligible} 人的 {Figures.Percent(r.Ratio)}，"
            + $"{Met(r.Rotated >= rotatedNeeded)}不低于 {Figures.Percent(policy.MinExchangeRatio)} 的要求（至少 {rotatedNeeded} 人）。",
            $"骨干比例：其中骨干教师 {r.BackboneRotated} 人，占交流教师的 {Figures.Percent(r.BackboneShare)}，"
            + $"{Met(r.BackboneRotated >= backboneNeeded)}不低于 {Figures.Percent(policy.MinBackboneShare)} 的要求（至少 {backboneNeeded} 人）。",
            $"紧缺学科缺额（折合全职）：{Figures.Fte(before.ShortageFte)} 人 → {Figures.Fte(after.ShortageFte)} 人。",
            "三项最低标准均达到的学校：" + string.Join("，", CountyMetrics.Stages.Select(s =>
                $"{Codes.Stage.Label(s)} {before.Standards[s].AllThree} 所 → {after.Standards[s].AllThree} 所"
                + $"（共 {after.Standards[s][Indicator.QualifiedPer100].Schools} 所）")) + "。",
        };
        var cvs = LevelMeasures.Cvs(before).Zip(LevelMeasures.Cvs(after)).ToList();
        foreach (var stage in CountyMetrics.Stages)
        {
            var items = cvs.Where(c => c.First.Stage == stage).Select(c =>
                $"{IndicatorLabels.Short(c.First.Indicator)} {Figures.Number(c.First.Cv, 3)} → {Figures.Number(c.Second.Cv, 3)} {Verdict(c.Second.Pass)}");
            lines.Add($"{Codes.Stage.Label(stage)}差异系数（不超过 {Figures.Number(BalanceStandards.MaxCv(stage), 2)}）：{string.Join("，", items)}。");
        }
        lines.Add($"流向：由城镇学校到乡村、薄弱学校的占交流教师的 {Figures.Percent(r.Directions.TowardShare)}，"
                  + $"同类学校之间平调的占 {Figures.Percent(r.Directions.SidewaysShare)}；不愿交流而被安排的教师 {r.UnwillingMoved} 人；"
                  + $"校长交流 {r.PrincipalsMoved} 人（应交流 {r.PrincipalsDue} 人），走教教师 {r.ItinerantTeachers} 人。");
        if (r.Returns > 0)
        {
            var vacancies = ReturnVacancy.Of(input.County, input.Plan);
            lines.Add($"期满返回：{r.Returns} 人回到人事关系学校（不计入比例）；留下的空缺中 {vacancies.Count(v => v.Filled)} 个已补足或缺额未增加"
                      + string.Concat(vacancies.Where(v => !v.Filled).Select(v =>
                          $"；{input.County.Schools[v.Return.From].Name}{Codes.Stage.Label(v.Return.Stage)}{Codes.Subject.Label(v.Return.Subject!.Value)}未补足：{v.Why}")) + "。");
        }
        if (r.RotatedBefore > 0)
        {
            lines.Add($"本次交流教师中此前交流过的 {r.RotatedBefore} 人。");
        }
        lines.AddRange(Worse.Of(input).Select(w => "注意：" + w));
        if (input.Solver.Levels.Count > 0)
        {
            lines.Add("各步求解质量：");
            lines.AddRange(input.Solver.Levels.Select(l => $"  {ObjectiveLabels.Words(l)}。"));
        }
        return lines;
    }

    private static string Met(bool met) => met ? "达到" : "未达到";

    private static string Verdict(bool? pass) => pass switch { true => "达标", false => "未达标", null => "无法计算" };
}
