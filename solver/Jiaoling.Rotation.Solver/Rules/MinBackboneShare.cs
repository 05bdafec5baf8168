using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Backbone teachers make up at least min_backbone_share of the teachers counted by the exchange ratio (rule <c>min_backbone_share</c>).
/// </summary>
/// <remarks>
/// Constraints: backbone rotated × 10^d ≥ share × 10^d × rotated, where d is the share's decimal places, so
/// the linear constraint is in integers and exact.
/// </remarks>
public sealed class MinBackboneShare : IModelRule, IPlanCheck
{
    public string Id => RuleIds.MinBackboneShare;

    /// <summary>Whether <paramref name="backbone"/> backbone teachers among <paramref name="rotated"/> counted keep the share.</summary>
    public static bool Holds(Policy policy, int backbone, int rotated) =>
        backbone >= policy.MinBackboneShare * rotated - Tolerance.Value;

    void IModelRule.Post(RotationModel m)
    {
        var share = m.Policy.MinBackboneShare;
        if (share <= 0)
        {
            return;
        }
        var scale = 1L;
        while (share * scale != decimal.Truncate(share * scale))
        {
            scale *= 10;
        }
        var rotated = MinExchangeRatio.Rotated(m);
        var backbone = MinExchangeRatio.Rotated(m, p => p.Sample.IsBackbone);
        m.Guards.Enforce(m.Cp.Add(scale * backbone >= (long)(share * scale) * rotated), Id, "county");
    }

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var rotated = RotationMetrics.RotatedTeachers(ctx.County, ctx.Plan);
        var backbone = rotated.Count(t => t.IsBackbone);
        if (!Holds(ctx.Policy, backbone, rotated.Count))
        {
            var needed = ctx.Policy.MinBackboneShare * rotated.Count;
            yield return new Violation(Id,
                $"交流轮岗教师 {rotated.Count} 人中骨干教师 {backbone} 人，少于 {rotated.Count} × {Fmt.Num(ctx.Policy.MinBackboneShare)} = {Fmt.Fte(needed)} 人。");
        }
    }
}
