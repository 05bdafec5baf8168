using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Notices.Models;

namespace Jiaoling.Rotation.Notices.Xlsx;

/// <summary>
/// plan.xlsx for HR: a summary sheet (汇总, all in Chinese) and a sheet per kind of row (交流轮岗, 走教,
/// 校长交流), with Chinese headers, real dates and formatted percentages. Only fields HR may see outside
/// its own views (P and N) are written.
/// </summary>
internal static class PlanWorkbook
{
    private static readonly IReadOnlyList<string> Header =
        ["序号", "工号", "姓名", "学段", "原学校代码", "原学校", "交流学校代码", "交流学校", "学科", "岗位份额", "每周天数", "起始日期", "结束日期", "原因"];

    public static void Write(string path, RenderInput input)
    {
        using var workbook = new SheetWriter(path);
        workbook.AddSheet("汇总", ["项目", "交流前", "交流后"], Summary(input));
        // A plan without returns keeps the workbook it always had: the return sheet only when there are returns.
        foreach (var kind in Codes.Kind.Values.Where(k => k != AssignmentKind.Return || input.Plan.Assignments.Any(a => a.Kind == k)))
        {
            var rows = input.Plan.Assignments.Where(a => a.Kind == kind).Select((a, i) => Row(input.County, a, i + 1));
            workbook.AddSheet(Codes.Kind.Label(kind), Header, rows);
        }
    }

    private static IReadOnlyList<object?> Row(County county, Assignment a, int no) =>
    [
        no, a.TeacherId.Value, county.Teachers.GetValueOrDefault(a.TeacherId)?.Name ?? a.TeacherName,
        Format.Stage(a.Stage), a.From.Value, Format.SchoolName(county, a.From), a.To.Value, Format.SchoolName(county, a.To),
        a.Kind == AssignmentKind.Principal ? "校长" : Format.Subject(a.Subject), a.Share,
        a.Kind == AssignmentKind.Itinerant ? a.Share * 5 : null, a.StartDate, a.EndDate, a.Reason,
    ];

    private static IEnumerable<IReadOnlyList<object?>> Summary(RenderInput input)
    {
        var (before, after) = (input.Before, input.After);
        yield return ["符合交流条件教师（人）", before.Rotation.Eligible, after.Rotation.Eligible];
        yield return ["交流轮岗教师（人）", null, after.Rotation.Rotated];
        yield return ["交流比例", null, Percent(after.Rotation.Ratio)];
        yield return ["骨干教师占比", null, Percent(after.Rotation.BackboneShare)];
        yield return ["校长交流（人）", null, after.Rotation.PrincipalsMoved];
        yield return ["走教教师（人）", null, after.Rotation.ItinerantTeachers];
        yield return ["紧缺学科缺额（折合全职人数）", Shown.Fixed(before.ShortageFte, 1), Shown.Fixed(after.ShortageFte, 1)];
        foreach (var stage in CountyMetrics.Stages)
        {
            foreach (var indicator in StageIndicators.All)
            {
                var (b, a) = (before.Indicators[stage][indicator], after.Indicators[stage][indicator]);
                yield return [$"{Format.Stage(stage)}{IndicatorLabels.Label(indicator)}", Fixed(b.County, 2), Fixed(a.County, 2)];
                yield return [$"{Format.Stage(stage)}{IndicatorLabels.Short(indicator)}差异系数", Fixed(b.Cv, 3), Fixed(a.Cv, 3)];
            }
        }
        yield return ["求解状态", null, Format.SolverStatus(input.Solver.Status)];
        yield return ["求解用时（秒）", null, Shown.Fixed(input.Solver.Seconds, 1)];
        // One line per level saying how far from the best it is proven, never one overall gap figure.
        foreach (var level in input.Solver.Levels)
        {
            yield return [$"求解质量：{ObjectiveLabels.Name(level.Name)}", null, ObjectiveLabels.Verdict(level)];
        }
    }

    private static Shown? Percent(double? fraction) => fraction is { } f ? Shown.Percent(f) : null;

    private static Shown? Fixed(double? value, int decimals) => value is { } v ? Shown.Fixed(v, decimals) : null;
}
