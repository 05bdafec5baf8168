using System.Globalization;
using System.Text;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Data.Output;

/// <summary>The short Chinese summary of a diagnosis that <c>diagnose</c> prints for HR.</summary>
public static class DiagnosisSummary
{
    public static string Text(Diagnosis d)
    {
        var p = d.County.Policy;
        var text = new StringBuilder();
        text.AppendLine($"交流轮岗诊断（计划开始日期 {p.PlanStartDate:yyyy-MM-dd}，交流范围：{Codes.Scope.Label(p.ExchangeScope)}）");
        text.AppendLine($"教师 {d.County.Dataset.Teachers.Count} 人（含校长），符合交流条件 {d.Before.Rotation.Eligible} 人。");
        text.AppendLine($"本年度至少交流 {d.RotatedTarget} 人（符合条件教师的 {Percent(p.MinExchangeRatio)}），"
                        + $"其中骨干教师至少 {d.BackboneTarget} 人（交流人数的 {Percent(p.MinBackboneShare)}）。");
        var reasons = d.ByReason.Where(kv => kv.Key != IneligibilityReason.None && kv.Value > 0)
            .Select(kv => $"{IneligibilityLabels.Table.Label(kv.Key)} {kv.Value} 人");
        text.AppendLine($"不符合条件：{Join(reasons, "无")}。");
        var bySubject = d.Before.ShortageFteBySubject.Select(kv => $"{Codes.Subject.Label(kv.Key)} {Fte(kv.Value)}");
        text.AppendLine($"紧缺学科缺编（折合全职人数）合计 {Fte(d.Before.ShortageFte)}：{string.Join("，", bySubject)}。");
        text.AppendLine($"教师配置校际差异系数（标准：小学 ≤ {BalanceStandards.MaxCv(Stage.Primary):0.00}，"
                        + $"初中 ≤ {BalanceStandards.MaxCv(Stage.Junior):0.00}）：");
        foreach (var c in d.CvChecks)
        {
            var value = d.Before.Indicators[c.Stage][c.Indicator];
            var verdict = c.Pass switch { true => "达标", false => "未达标", null => "无法计算（县域值为 0）" };
            text.AppendLine($"  {Codes.Stage.Label(c.Stage)} {IndicatorLabels.Label(c.Indicator)}：县域 {value.County:0.00}，"
                            + $"差异系数 {(c.Cv is { } cv ? cv.ToString("0.00", CultureInfo.InvariantCulture) : "—")}，{verdict}");
        }
        var classes = d.OversizeClasses.Select(o =>
            $"{o.School.Name}{Codes.Stage.Label(o.Stage)}部（平均 {o.AverageClassSize:0.0} 人，标准 {o.Limit}）");
        text.AppendLine($"平均班额超标：{Join(classes, "无")}。");
        var schools = d.OversizeSchools.Select(o => $"{o.School.Name}（{o.Students} 人，标准 {o.Limit}）");
        text.AppendLine($"学校规模超标：{Join(schools, "无")}。");
        text.AppendLine(d.County.DemandDerived
            ? "未提供 demand.csv：已按课程标准推算岗位需求，并写入输出目录的 demand.csv。"
            : "岗位需求采用县教育局提供的 demand.csv。");
        return text.ToString();
    }

    private static string Percent(decimal ratio) => (ratio * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Fte(decimal fte) => fte.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> items, string none)
    {
        var list = items.ToList();
        return list.Count == 0 ? none : string.Join("；", list);
    }
}
