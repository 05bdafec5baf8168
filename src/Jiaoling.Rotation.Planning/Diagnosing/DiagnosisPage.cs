using Jiaoling.Rotation.Data.Output;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning.Terminal;

namespace Jiaoling.Rotation.Planning.Diagnosing;

/// <summary>
/// diagnosis.html: the county before planning on printable A4 pages for HR (template <c>diagnosis.sbn-html</c>):
/// the summary <c>diagnose</c> prints, then the tables behind it — the CVs, the per-school minimums, unmet
/// demand, staffing against the norm, class and school sizes, resource teachers, and every school's values.
/// Every figure is the <see cref="Diagnosis"/> diagnosis.json is written from.
/// </summary>
public sealed record DiagnosisPage(
    string Title,
    string Issuer,
    string Date,
    IReadOnlyList<string> Summary,
    IReadOnlyList<IReadOnlyList<string>> Cvs,
    IReadOnlyList<IReadOnlyList<string>> Standards,
    IReadOnlyList<IReadOnlyList<string>> Unmet,
    IReadOnlyList<IReadOnlyList<string>> Staffing,
    IReadOnlyList<IReadOnlyList<string>> Sizes,
    IReadOnlyList<IReadOnlyList<string>> Resource,
    IReadOnlyList<IReadOnlyList<string>> Schools)
{
    public const string TemplateFile = "diagnosis.sbn-html";
    public const string FileName = "diagnosis.html";

    public static DiagnosisPage Of(Diagnosis d, DateOnly date)
    {
        var county = d.County;
        return new DiagnosisPage(
            $"{county.Policy.PlanStartDate.Year}年义务教育教师交流轮岗现状诊断",
            county.Policy.Issuer,
            $"{date.Year}年{date.Month}月{date.Day}日",
            DiagnosisSummary.Text(d).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            d.CvChecks.Select(c => Row(Codes.Stage.Label(c.Stage), IndicatorLabels.Label(c.Indicator),
                Figures.Number(d.Before.Indicators[c.Stage][c.Indicator].County, 2), Figures.Number(c.Cv, 3),
                $"≤ {Figures.Number(c.Threshold, 2)}", Verdict(c.Pass))).ToList(),
            CountyMetrics.Stages.SelectMany(s => StageIndicators.All.Select(i =>
            {
                var t = d.Before.Standards[s][i];
                return Row(Codes.Stage.Label(s), IndicatorLabels.Short(i), Figures.Number(t.Minimum, 1), $"{t.Meeting}/{t.Schools}", Figures.Fte(t.Shortfall));
            }).Append(Row(Codes.Stage.Label(s), "三项均达标", "", $"{d.Before.Standards[s].AllThree}/{d.Before.Standards[s][Indicator.QualifiedPer100].Schools}", ""))).ToList(),
            d.Unmet.Select(u => Row(county.Schools[u.Key.School].Name, Codes.Stage.Label(u.Key.Stage), Codes.Subject.Label(u.Key.Subject),
                Figures.Fte(u.Required), Figures.Fte(u.Supplied), Figures.Fte(u.Unmet))).ToList(),
            d.Staffing.Where(s => Math.Abs(s.Difference) >= 1).OrderBy(s => s.Difference)
                .Select(s => Row(s.School.Name, s.Teachers.ToString(), Figures.Fte(s.NormPosts), (s.Difference > 0 ? "+" : "") + Figures.Fte(s.Difference),
                    s.Difference > 0 ? "超编" : "缺编")).ToList(),
            d.OversizeClasses.Select(o => Row(o.School.Name, $"{Codes.Stage.Label(o.Stage)}平均班额 {Figures.Number(o.AverageClassSize, 1)} 人", o.Label, $"{o.Limit} 人"))
                .Concat(d.OversizeSchools.Select(o => Row(o.School.Name, $"在校生 {o.Students} 人", "学校规模超标", $"{o.Limit} 人"))).ToList(),
            d.ResourceTeachers.Select(r => Row(r.School.Name, $"{r.SpecialNeedsStudents} 人", Figures.Fte(r.Supplied), r.Compliant ? "已配" : "未配")).ToList(),
            CountyMetrics.Stages.SelectMany(s => d.Before.Indicators[s].Schools.Select(x => Row(
                county.Schools[x.School].Name, Codes.Stage.Label(s), x.Students.ToString(), x.Teachers.ToString(),
                Value(county.Policy, x, Indicator.QualifiedPer100), Value(county.Policy, x, Indicator.BackbonePer100), Value(county.Policy, x, Indicator.PeArtPer100))))
                .ToList());
    }

    public string Render(PageTemplate template) => template.Render(this);

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static string Value(Policy policy, SchoolIndicators school, Indicator indicator) =>
        $"{Figures.Number(school.Per100(indicator), 2)} {(StageStandards.Meets(policy, school, indicator) ? "达标" : "未达标")}";

    private static string Verdict(bool? pass) => pass switch { true => "达标", false => "未达标", null => "无法计算" };
}
