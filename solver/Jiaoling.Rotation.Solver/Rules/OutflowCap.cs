using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// No school loses more than max(1, floor(max_outflow_ratio × headcount)) people by transfer or principal move (rule <c>outflow_cap</c>).
/// </summary>
/// <remarks>
/// Constraints: per school, transfers and principal moves out ≤ <see cref="MaxLeaving"/>.
/// </remarks>
public sealed class OutflowCap : IModelRule, IPlanCheck
{
    public string Id => RuleIds.OutflowCap;

    /// <summary>The most people who may leave a school of this headcount: max(1, floor(ratio × headcount)).</summary>
    public static int Cap(int headcount, Policy policy) =>
        Math.Max(1, (int)Math.Floor(policy.MaxOutflowRatio * headcount));

    /// <summary>The most people who may leave the school by transfer or principal move.</summary>
    public static int MaxLeaving(County county, SchoolId school) => Cap(county.Headcount[school], county.Policy);

    /// <summary>Whether one more person may leave the school, <paramref name="leaving"/> having left already.</summary>
    public static bool AllowsOneMoreLeaving(County county, SchoolId school, int leaving) => leaving < MaxLeaving(county, school);

    void IModelRule.Post(RotationModel m)
    {
        foreach (var school in m.Outflow.Keys)
        {
            var cap = MaxLeaving(m.County, school);
            m.Guards.Enforce(m.Cp.Add(m.Outflow.Sum(school) <= cap), Id, school.Value);
        }
    }

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
