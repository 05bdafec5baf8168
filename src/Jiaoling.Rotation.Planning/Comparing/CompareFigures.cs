using System.Globalization;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Planning.Terminal;
using Jiaoling.Rotation.Solver.Bench;

namespace Jiaoling.Rotation.Planning.Comparing;

/// <summary>
/// What each of two plans achieves, side by side: rows, rotated teachers, the 10 % and 20 % quotas, the
/// shortage, the schools meeting all three minimums, the six CVs, the direction of the moves, unwilling
/// teachers moved, kilometres and the rules broken. Each figure is the plan measured by
/// <see cref="CountyMetrics.Measure"/>, or <see cref="PlanFigures"/> for the kilometres and rules, as the
/// reports and the benchmark measure them.
/// </summary>
public static class CompareFigures
{
    private enum Best { None, More, Less }

    public static IReadOnlyList<ComparedFigure> Of(County county, Plan a, Plan b)
    {
        var policy = county.Policy;
        var (ma, mb) = (CountyMetrics.Measure(county, a), CountyMetrics.Measure(county, b));
        var (fa, fb) = (PlanFigures.Of(county, a, 0), PlanFigures.Of(county, b, 0));
        var (ra, rb) = (ma.Rotation, mb.Rotation);
        var (rotatedNeeded, backboneNeeded) = RotationMetrics.Targets(ra.Eligible, policy);
        var figures = new List<ComparedFigure>
        {
            Count("调动安排（条）", a.Assignments.Count, b.Assignments.Count, Best.None),
            Count("交流轮岗教师（计入比例，人）", ra.Rotated, rb.Rotated, Best.None),
            Verdicts($"交流比例（不低于 {Figures.Percent(policy.MinExchangeRatio)}）",
                $"{Figures.Percent(ra.Ratio)} {Met(ra.Rotated >= rotatedNeeded)}", $"{Figures.Percent(rb.Ratio)} {Met(rb.Rotated >= rotatedNeeded)}"),
            Verdicts($"骨干教师占交流教师（不低于 {Figures.Percent(policy.MinBackboneShare)}）",
                $"{Figures.Percent(ra.BackboneShare)} {Met(ra.BackboneRotated >= backboneNeeded)}",
                $"{Figures.Percent(rb.BackboneShare)} {Met(rb.BackboneRotated >= backboneNeeded)}"),
            Figure("紧缺学科缺额（折合全职，人）", (double)ma.ShortageFte, (double)mb.ShortageFte, v => Figures.Number(v, 1), Best.Less),
        };
        figures.AddRange(CountyMetrics.Stages.Select(s => Count($"{Codes.Stage.Label(s)}三项最低标准均达到的学校（所）",
            ma.Standards[s].AllThree, mb.Standards[s].AllThree, Best.More)));
        foreach (var (ca, cb) in LevelMeasures.Cvs(ma).Zip(LevelMeasures.Cvs(mb)))
        {
            var label = $"{Codes.Stage.Label(ca.Stage)}{IndicatorLabels.Short(ca.Indicator)}差异系数（不超过 {Figures.Number(ca.Threshold, 2)}）";
            var cv = Figure(label, ca.Cv, cb.Cv, v => Figures.Number(v, 3), Best.Less);
            figures.Add(cv with { A = $"{cv.A} {Verdict(ca.Pass)}", B = $"{cv.B} {Verdict(cb.Pass)}" });
        }
        var rules = Count("违反的规则（条）", fa.BrokenRules.Count, fb.BrokenRules.Count, Best.Less);
        figures.AddRange(
        [
            Figure("由城镇学校到乡村、薄弱学校的比例", ra.Directions.TowardShare, rb.Directions.TowardShare, Figures.Percent, Best.More),
            Figure("同类学校之间平调的比例", ra.Directions.SidewaysShare, rb.Directions.SidewaysShare, Figures.Percent, Best.Less),
            Count("不愿交流而被安排的教师（人）", ra.UnwillingMoved, rb.UnwillingMoved, Best.Less),
            Figure("调动里程（公里）", fa.TotalKm, fb.TotalKm, v => Figures.Number(v, 0), Best.Less),
            rules with { A = Rules(fa.BrokenRules), B = Rules(fb.BrokenRules) },
        ]);
        return figures;
    }

    private static ComparedFigure Count(string label, int a, int b, Best best) =>
        Figure(label, a, b, v => Figures.Number(v, 0), best);

    private static ComparedFigure Verdicts(string label, string a, string b) => new(label, a, b, "");

    private static ComparedFigure Figure(string label, double? a, double? b, Func<double?, string> text, Best best) =>
        new(label, text(a), text(b), Better(a, b, best));

    private static string Better(double? a, double? b, Best best)
    {
        if (best == Best.None || a is not { } x || b is not { } y || Math.Abs(x - y) <= Tolerance.Figure)
        {
            return "";
        }
        return (x > y) == (best == Best.More) ? "a" : "b";
    }

    private static string Rules(IReadOnlyList<string> broken) =>
        broken.Count == 0 ? "0（符合全部规则）" : $"{broken.Count.ToString(CultureInfo.InvariantCulture)}（{string.Join("、", broken)}）";

    private static string Met(bool met) => met ? "达标" : "未达标";

    private static string Verdict(bool? pass) => pass switch { true => "达标", false => "未达标", null => "无法计算" };
}
