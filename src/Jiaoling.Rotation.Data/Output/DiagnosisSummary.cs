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
        Standards(text, d);
        var classes = d.OversizeClasses.Select(o =>
            $"{o.School.Name}{Codes.Stage.Label(o.Stage)}部（平均 {o.AverageClassSize:0.0} 人，{o.Label}，省定标准 {o.Limit} 人）");
        text.AppendLine($"平均班额超标：{Join(classes, "无")}。");
        Staffing(text, d);
        var schools = d.OversizeSchools.Select(o => $"{o.School.Name}（{o.Students} 人，标准 {o.Limit}）");
        text.AppendLine($"学校规模超标：{Join(schools, "无")}。");
        text.AppendLine(d.County.DemandDerived
            ? "未提供 demand.csv：已按课程标准推算岗位需求，并写入输出目录的 demand.csv。"
            : "岗位需求采用县教育局提供的 demand.csv。");
        return text.ToString();
    }

    private static void Standards(StringBuilder text, Diagnosis d)
    {
        text.AppendLine("各校教师配置达标情况（《县域义务教育优质均衡发展督导评估办法》每校最低标准）：");
        foreach (var stage in CountyMetrics.Stages)
        {
            var s = d.Before.Standards[stage];
            var parts = StageIndicators.All.Select(i =>
                $"{IndicatorLabels.Short(i)}（≥ {s[i].Minimum:0.0#}）{s[i].Meeting}/{s[i].Schools} 所达标，差 {Fte(s[i].Shortfall)} 人");
            text.AppendLine($"  {Codes.Stage.Label(stage)}：{string.Join("；", parts)}；三项均达标 {s.AllThree} 所。");
        }
    }

    private static void Staffing(StringBuilder text, Diagnosis d)
    {
        var over = d.Staffing.Where(s => s.Difference >= 1).OrderByDescending(s => s.Difference)
            .Select(s => $"{s.School.Name}（{s.Teachers} 人，按标准 {Fte(s.NormPosts)}）").ToList();
        var under = d.Staffing.Where(s => s.Difference <= -1).OrderBy(s => s.Difference)
            .Select(s => $"{s.School.Name}（{s.Teachers} 人，按标准 {Fte(s.NormPosts)}）").ToList();
        text.AppendLine($"按编制标准（小学 1:19、初中 1:13.5）超编 {over.Count} 所：{Join(over.Take(8), "无")}{(over.Count > 8 ? " 等" : "")}。");
        text.AppendLine($"按编制标准缺编 {under.Count} 所：{Join(under.Take(8), "无")}{(under.Count > 8 ? " 等" : "")}。");
        var missing = d.ResourceTeachers.Where(r => !r.Compliant).Select(r => $"{r.School.Name}（{r.SpecialNeedsStudents} 人）").ToList();
        text.AppendLine($"随班就读残疾学生 {d.County.Policy.DemandNorms.ResourceTeacherMinStudents} 人以上的学校 {d.ResourceTeachers.Count} 所，"
                        + $"尚无专职资源教师 {missing.Count} 所：{Join(missing, "无")}。");
    }

    private static string Percent(decimal ratio) => (ratio * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Fte(decimal fte) => fte.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> items, string none)
    {
        var list = items.ToList();
        return list.Count == 0 ? none : string.Join("；", list);
    }
}
