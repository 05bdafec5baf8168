using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Planning.Sheets;

namespace Jiaoling.Rotation.Planning.Diagnosing;

/// <summary>
/// diagnosis.xlsx: the diagnosis as sheets HR can sort, filter and print — 概况, 差异系数, 最低标准, 学科缺额,
/// 编制, 各校指标 — with real numbers in each column's format. Every figure is the <see cref="Diagnosis"/>.
/// </summary>
public static class DiagnosisWorkbook
{
    public const string FileName = "diagnosis.xlsx";

    public static void Write(string path, Diagnosis d)
    {
        var county = d.County;
        using var workbook = new WorkbookWriter(path);
        workbook.AddSheet("概况", [Col("项目", CellKind.Text, 40), Col("数值", CellKind.Decimal, 12)], Overview(d));
        workbook.AddSheet("差异系数",
            [Col("学段", CellKind.Text, 8), Col("指标", CellKind.Text, 44), Col("县域值", CellKind.Decimal, 10), Col("差异系数", CellKind.Cv, 10),
                Col("标准（不超过）", CellKind.Cv, 14), Col("结论", CellKind.Text, 12)],
            d.CvChecks.Select(c => Row(Codes.Stage.Label(c.Stage), IndicatorLabels.Label(c.Indicator),
                d.Before.Indicators[c.Stage][c.Indicator].County, c.Cv, c.Threshold, c.Pass switch { true => "达标", false => "未达标", null => "无法计算" })));
        workbook.AddSheet("最低标准",
            [Col("学段", CellKind.Text, 8), Col("指标", CellKind.Text, 14), Col("每百名学生最低标准", CellKind.Decimal, 18), Col("学校数", CellKind.Integer, 10),
                Col("达标学校数", CellKind.Integer, 12), Col("合计差额（人）", CellKind.Decimal, 14)],
            Standards(d));
        workbook.AddSheet("学科缺额",
            [Col("学校代码", CellKind.Text, 10), Col("学校", CellKind.Text, 16), Col("学段", CellKind.Text, 8), Col("学科", CellKind.Text, 12),
                Col("需求（折合全职）", CellKind.Decimal, 16), Col("现有", CellKind.Decimal, 10), Col("缺额", CellKind.Decimal, 10)],
            d.Unmet.Select(u => Row(u.Key.School.Value, county.Schools[u.Key.School].Name, Codes.Stage.Label(u.Key.Stage),
                Codes.Subject.Label(u.Key.Subject), u.Required, u.Supplied, u.Unmet)));
        workbook.AddSheet("编制",
            [Col("学校代码", CellKind.Text, 10), Col("学校", CellKind.Text, 16), Col("在编教师和校长", CellKind.Integer, 14),
                Col("按标准应有", CellKind.Decimal, 12), Col("差额（正为超编）", CellKind.Decimal, 16)],
            d.Staffing.Select(s => Row(s.School.Id.Value, s.School.Name, s.Teachers, s.NormPosts, s.Difference)));
        workbook.AddSheet("各校指标",
            [Col("学校代码", CellKind.Text, 10), Col("学校", CellKind.Text, 16), Col("所在镇", CellKind.Text, 10), Col("城乡类型", CellKind.Text, 10),
                Col("学段", CellKind.Text, 8), Col("学生", CellKind.Integer, 8), Col("班级", CellKind.Integer, 8), Col("教师", CellKind.Integer, 8),
                Col("高学历教师每百生", CellKind.Decimal, 16), Col("骨干教师每百生", CellKind.Decimal, 16), Col("体艺教师每百生", CellKind.Decimal, 16),
                Col("三项均达标", CellKind.Text, 12)],
            CountyMetrics.Stages.SelectMany(s => d.Before.Indicators[s].Schools.Select(x =>
            {
                var school = county.Schools[x.School];
                return Row(school.Id.Value, school.Name, school.Town, Codes.Area.Label(school.Area), Codes.Stage.Label(s),
                    x.Students, x.Classes, x.Teachers, x.Per100(Indicator.QualifiedPer100), x.Per100(Indicator.BackbonePer100),
                    x.Per100(Indicator.PeArtPer100), StageStandards.MeetsAll(county.Policy, x) ? "是" : "否");
            })));
    }

    private static IEnumerable<IReadOnlyList<object?>> Overview(Diagnosis d)
    {
        yield return Row("教师（含校长，人）", d.County.Dataset.Teachers.Count);
        yield return Row("符合交流条件（人）", d.Before.Rotation.Eligible);
        yield return Row("本年度至少交流（人）", d.RotatedTarget);
        yield return Row("其中骨干教师至少（人）", d.BackboneTarget);
        yield return Row("紧缺学科缺额合计（折合全职）", d.Before.ShortageFte);
        foreach (var (subject, fte) in d.Before.ShortageFteBySubject)
        {
            yield return Row($"  其中{Codes.Subject.Label(subject)}", fte);
        }
        foreach (var stage in CountyMetrics.Stages)
        {
            yield return Row($"{Codes.Stage.Label(stage)}三项最低标准均达标的学校（所）", d.Before.Standards[stage].AllThree);
        }
        yield return Row("差异系数达标（项，共 6 项）", d.CvChecks.Count(c => c.Pass == true));
        yield return Row("平均班额超标的学段（所）", d.OversizeClasses.Count);
        yield return Row("规模超标的学校（所）", d.OversizeSchools.Count);
        yield return Row("尚无专职资源教师的学校（所）", d.ResourceTeachers.Count(r => !r.Compliant));
    }

    private static IEnumerable<IReadOnlyList<object?>> Standards(Diagnosis d)
    {
        foreach (var stage in CountyMetrics.Stages)
        {
            var standards = d.Before.Standards[stage];
            foreach (var i in StageIndicators.All)
            {
                var t = standards[i];
                yield return Row(Codes.Stage.Label(stage), IndicatorLabels.Short(i), t.Minimum, t.Schools, t.Meeting, t.Shortfall);
            }
            yield return Row(Codes.Stage.Label(stage), "三项均达标", null, standards[Indicator.QualifiedPer100].Schools, standards.AllThree, null);
        }
    }

    private static SheetColumn Col(string header, CellKind kind, double width) => new(header, kind, width);

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
