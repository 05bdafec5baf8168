using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A transfer or principal move goes at most max_transfer_km (rule <c>max_transfer_km</c>).
/// </summary>
/// <remarks>
/// A filter only: transfers and principal moves are only offered within max_transfer_km, so it posts no constraint.
/// </remarks>
public sealed class MaxTransferKm : IPlanCheck
{
    public string Id => RuleIds.MaxTransferKm;

    /// <summary>Whether a transfer or principal move from one school to the other is short enough.</summary>
    public static bool AllowsMove(County county, SchoolId from, SchoolId to) =>
        DistanceTable.Within(county.Distances.Km(from, to), county.Policy.MaxTransferKm);

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var row in ctx.Rows.Where(PlanCheckContext.IsMove))
        {
            var t = ctx.TeacherOf(row);
            var km = ctx.Km(t.SchoolId, row.To);
            if (!DistanceTable.Within(km, ctx.Policy.MaxTransferKm))
            {
                yield return new Violation(Id,
                    $"教师 {t.Id}（{t.Name}）从学校 {t.SchoolId} 到学校 {row.To} 相距 {Fmt.Km(km)} 公里，超过 {Fmt.Km(ctx.Policy.MaxTransferKm)} 公里。");
            }
        }
    }
}
