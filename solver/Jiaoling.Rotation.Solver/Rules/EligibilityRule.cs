using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A transfer goes to an eligible teacher or a movable volunteer; itinerant teaching to a movable teacher; a principal move to a principal (rule <c>eligibility</c>).
/// </summary>
/// <remarks>
/// A filter only: the model offers no move this rule forbids, so it posts no constraint.
/// </remarks>
public sealed class EligibilityRule : IPlanCheck
{
    public string Id => RuleIds.Eligibility;

    /// <summary>A transfer row is for an eligible teacher or a movable volunteer, never a principal.</summary>
    public static bool AllowsTransfer(Teacher teacher, TeacherStatus status) => !teacher.IsPrincipal && status.MayTransfer;

    /// <summary>An itinerant row is for a movable teacher.</summary>
    public static bool AllowsItinerant(Teacher teacher, TeacherStatus status) => !teacher.IsPrincipal && status.Movable;

    /// <summary>A principal row is for a principal.</summary>
    public static bool AllowsPrincipalMove(Teacher teacher) => teacher.IsPrincipal;

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var row in ctx.Rows)
        {
            var t = ctx.TeacherOf(row);
            var status = ctx.StatusOf(t.Id);
            var problem = row.Kind switch
            {
                AssignmentKind.Transfer when !status.MayTransfer =>
                    $"不符合交流条件（{Why(status, ctx.Policy)}），也不是自愿交流的可交流教师",
                AssignmentKind.Itinerant when !status.Movable => $"不可交流（{Why(status, ctx.Policy)}），不能走教",
                AssignmentKind.Principal when !t.IsPrincipal => "不是校长，不能安排校长交流",
                AssignmentKind.Return when !Returns.IsDue(t, ctx.Policy) => "交流期未满或没有在其他学校保留的人事关系",
                _ => null,
            };
            if (problem is not null)
            {
                yield return new Violation(Id,
                    $"教师 {t.Id}（{t.Name}）{problem}，却被安排{Codes.Kind.Label(row.Kind)}到学校 {row.To}。");
            }
        }
    }

    private static string Why(TeacherStatus s, Policy p) => s.Reason switch
    {
        IneligibilityReason.Principal => "校长",
        IneligibilityReason.StaffType => "特岗或代课教师",
        IneligibilityReason.Exempt => "暂缓交流",
        IneligibilityReason.NearRetirement => $"距退休不足 {p.RetirementExemptionYears} 年",
        IneligibilityReason.OnRotation => "正在交流期内",
        IneligibilityReason.TooFewYears => $"在本校任教 {s.YearsAtSchool} 年，不满 {p.MinYearsAtSchool} 年",
        IneligibilityReason.OutOfScope => "乡村学校教师不在交流比例统计范围",
        _ => "符合条件",
    };
}
