using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class OutflowCap : IPlanCheck
{
    /// <summary>The most people who may leave a school of this headcount: max(1, floor(ratio × headcount)).</summary>
    public static int Cap(int headcount, Policy policy) =>
        Math.Max(1, (int)Math.Floor(policy.MaxOutflowRatio * headcount));

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var (school, leaving) in ctx.Leaving.OrderBy(kv => kv.Key))
        {
            var headcount = ctx.County.Headcount[school];
            var cap = Cap(headcount, ctx.Policy);
            if (leaving > cap)
            {
                yield return new Violation(Id,
                    $"学校 {school} 调出 {leaving} 人，超过上限 {cap} 人（现有人数 {headcount} × {Fmt.Num(ctx.Policy.MaxOutflowRatio)}，至少 1）。");
            }
        }
    }
}
