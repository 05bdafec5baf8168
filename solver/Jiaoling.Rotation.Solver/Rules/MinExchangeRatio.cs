using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// At least min_exchange_ratio of the eligible teachers in scope change school by transfer (rule <c>min_exchange_ratio</c>).
/// </summary>
/// <remarks>
/// Constraints: teachers transferred from schools in scope ≥ ceil(min_exchange_ratio × eligible teachers).
/// </remarks>
public sealed class MinExchangeRatio : IModelRule, IPlanCheck
{
    public string Id => RuleIds.MinExchangeRatio;

    /// <summary>Eligible teachers (the scope is part of eligibility).</summary>
    public static int Eligible(County county) => county.Status.Values.Count(s => s.Eligible);

    /// <summary>How many teachers must transfer: the metrics' target, so the plan, check and reports agree.</summary>
    public static int Required(County county) => RotationMetrics.Targets(Eligible(county), county.Policy).Rotated;

    /// <summary>Whether a transfer from the school counts toward the ratio: the school is in the exchange scope.</summary>
    public static bool CountsTransferFrom(County county, SchoolId home) =>
        Eligibility.InExchangeScope(county.Schools[home], county.Policy);

    /// <summary>
    /// Teachers transferred from schools in the exchange scope, as the metrics count them (volunteers
    /// included, principals never: they have no transfer rows).
    /// </summary>
    internal static LinearExpr Rotated(RotationModel m, Func<TeacherPool, bool>? also = null) => LinearExpr.Sum(m.Transfers
        .Where(o => CountsTransferFrom(m.County, o.Pool.Home) && (also?.Invoke(o.Pool) ?? true))
        .Select(o => o.Count));

    void IModelRule.Post(RotationModel m)
    {
        var required = Required(m.County);
        if (required > 0)
        {
            m.Guards.Enforce(m.Cp.Add(Rotated(m) >= required), Id, "county");
        }
    }

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var rotation = RotationMetrics.Measure(ctx.County, ctx.Plan);
        var (rotated, eligible) = (rotation.Rotated, rotation.Eligible);
        var needed = ctx.Policy.MinExchangeRatio * eligible;
        if (rotated < needed - Tolerance.Value)
        {
            yield return new Violation(Id,
                $"交流轮岗教师 {rotated} 人，少于符合交流条件教师 {eligible} 人 × {Fmt.Num(ctx.Policy.MinExchangeRatio)} = {Fmt.Fte(needed)} 人。");
        }
    }
}
