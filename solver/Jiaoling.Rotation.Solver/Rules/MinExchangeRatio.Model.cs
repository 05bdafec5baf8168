using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>Posts: teachers transferred from schools in scope ≥ ceil(min_exchange_ratio × eligible teachers).</summary>
public sealed partial class MinExchangeRatio : IModelRule
{
    /// <summary>Eligible teachers (the scope is part of eligibility).</summary>
    public static int Eligible(County county) => county.Status.Values.Count(s => s.Eligible);

    /// <summary>How many teachers must transfer: the metrics' target, so the plan, check and reports agree.</summary>
    public static int Required(County county) => RotationMetrics.Targets(Eligible(county), county.Policy).Rotated;

    /// <summary>
    /// Teachers transferred from schools in the exchange scope, as the metrics count them (volunteers
    /// included, principals never: they have no transfer rows).
    /// </summary>
    internal static LinearExpr Rotated(RotationModel m, Func<TeacherPool, bool>? also = null) => LinearExpr.Sum(m.Transfers
        .Where(o => Eligibility.InExchangeScope(m.SchoolOf(o.Pool.Home), m.Policy) && (also?.Invoke(o.Pool) ?? true))
        .Select(o => o.Count));

    void IModelRule.Post(RotationModel m)
    {
        var required = Required(m.County);
        if (required > 0)
        {
            m.Guards.Enforce(m.Cp.Add(Rotated(m) >= required), Id, "county");
        }
    }
}
