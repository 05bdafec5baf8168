using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// plan.csv has the contract's header, known kinds and ids, the teacher's own school and stage, the plan's dates and valid shares (rule <c>plan_format</c>).
/// </summary>
/// <remarks>
/// The planners write rows with <see cref="Assignment.Of"/>, so the model posts no constraint for it.
/// </remarks>
public sealed class PlanFormat : IPlanCheck
{
    public string Id => RuleIds.PlanFormat;

    /// <summary>Whether a row of the stage to the school can be the teacher's: the teacher's stage, another school.</summary>
    public static bool AllowsRow(Teacher t, Stage stage, SchoolId to) => t.Stage == stage && t.SchoolId != to;

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var problem in ctx.ReadProblems)
        {
            yield return new Violation(Id, problem);
        }
        var rows = ctx.Plan.Assignments;
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var problem in Problems(ctx, rows[i]))
            {
                yield return new Violation(Id, $"第 {i + 1} 条记录（教师 {rows[i].TeacherId}）{problem}。");
            }
        }
        // Every return due is a row of the plan, to the school that holds the post.
        foreach (var due in ctx.County.Baseline.Assignments.Where(r => !rows.Any(a => a.TeacherId == r.TeacherId && a.Kind == AssignmentKind.Return && a.To == r.To)))
        {
            yield return new Violation(Id, $"教师 {due.TeacherId}（{due.TeacherName}）交流期满，应有返回学校 {due.To} 的期满返回记录。");
        }
    }

    private static IEnumerable<string> Problems(PlanCheckContext ctx, Assignment row)
    {
        if (!ctx.County.Schools.ContainsKey(row.To))
        {
            yield return $"的调入学校 {row.To} 不在学校名单中";
        }
        if (!ctx.County.Teachers.TryGetValue(row.TeacherId, out var t))
        {
            yield return "的工号不在教师名单中";
            yield break;
        }
        if (row.TeacherName != t.Name)
        {
            yield return $"的姓名“{row.TeacherName}”与教师名单中的“{t.Name}”不符";
        }
        if (row.From != t.SchoolId)
        {
            yield return $"的调出学校 {row.From} 不是该教师所在学校 {t.SchoolId}";
        }
        if (row.To == t.SchoolId)
        {
            yield return $"的调入学校 {row.To} 就是该教师所在学校";
        }
        if (row.Stage != t.Stage)
        {
            yield return $"的学段 {Codes.Stage.Code(row.Stage)} 不是该教师的任教学段 {Codes.Stage.Code(t.Stage)}";
        }
        if (ShareProblem(row) is { } share)
        {
            yield return share;
        }
        var p = ctx.Policy;
        if (row.StartDate != p.PlanStartDate || row.EndDate != p.PlanEndDate)
        {
            yield return $"的起止日期 {Fmt.Date(row.StartDate)} 至 {Fmt.Date(row.EndDate)} 应为 {Fmt.Date(p.PlanStartDate)} 至 {Fmt.Date(p.PlanEndDate)}";
        }
    }

    private static string? ShareProblem(Assignment row)
    {
        if (row.Kind != AssignmentKind.Itinerant)
        {
            return row.Share == 1m ? null : $"的份额 {Fmt.Fte(row.Share)} 应为 1.0";
        }
        var tenths = row.Share * 10m;
        return row.Share > 0m && row.Share <= 1m && tenths == decimal.Truncate(tenths)
            ? null
            : $"的走教份额 {Fmt.Fte(row.Share)} 应为 0.1 至 1.0 之间 0.1 的整数倍";
    }
}
