using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class MinExchangeRatio : IPlanCheck
{
    /// <summary>
    /// The teachers the exchange ratio counts: distinct teachers with a transfer row to another school,
    /// posted at a school in the policy's exchange scope.
    /// </summary>
    public static IReadOnlyList<Teacher> Rotated(PlanCheckContext ctx) => ctx.Rows
        .Where(a => a.Kind == AssignmentKind.Transfer)
        .Select(ctx.TeacherOf)
        .Where(t => ctx.MoveOf(t.Id)?.To != t.SchoolId
            && Eligibility.InExchangeScope(ctx.County.Schools[t.SchoolId], ctx.Policy))
        .DistinctBy(t => t.Id)
        .ToList();

    /// <summary>Teachers eligible for rotation (符合交流条件), the ratio's divisor.</summary>
    public static int EligibleCount(County county) => county.Status.Values.Count(s => s.Eligible);

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var rotated = Rotated(ctx).Count;
        var eligible = EligibleCount(ctx.County);
        var needed = ctx.Policy.MinExchangeRatio * eligible;
        if (rotated < needed - PlanCheckContext.Tolerance)
        {
            yield return new Violation(Id,
                $"交流轮岗教师 {rotated} 人，少于符合交流条件教师 {eligible} 人 × {Fmt.Num(ctx.Policy.MinExchangeRatio)} = {Fmt.Fte(needed)} 人。");
        }
    }
}
