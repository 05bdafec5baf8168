using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// No school is made worse off: unmet demand of every school × stage × subject does not grow (rule <c>no_new_shortage</c>).
/// </summary>
/// <remarks>
/// Constraints: per school × stage × subject a move touches, supply after ≥ min(required, supply before), in
/// tenths: exactly "unmet after ≤ unmet before", since unmet = max(0, required − supply). In a year with
/// returns, "before" is the lower of the supply before the plan and after the returns
/// (<see cref="County.SupplyProtected"/>).
/// </remarks>
public sealed class NoNewShortage : IModelRule, IPlanCheck
{
    public string Id => RuleIds.NoNewShortage;

    /// <summary>
    /// FTE of the key that may still leave, its supply being <paramref name="supplyNow"/>, without leaving it
    /// short beyond its shortage before the plan: supply now − min(required, supply before).
    /// </summary>
    public static decimal Spare(County county, DemandKey key, decimal supplyNow) =>
        supplyNow - county.MustKeep(key);

    /// <summary>Whether a whole post may leave, <paramref name="spare"/> FTE being spare (see <see cref="Spare"/>).</summary>
    public static bool AllowsWholePostLeaving(decimal spare) => spare >= 1m - Tolerance.Value;

    void IModelRule.Post(RotationModel m)
    {
        foreach (var key in m.SupplyChange.Keys)
        {
            var before = m.Demand.SupplyBefore(key);
            m.Guards.Enforce(m.Cp.Add(before + m.SupplyChange.Sum(key) >= m.Demand.MustKeep(key)), Id, key.School.Value);
        }
    }

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var before = ctx.County.Unmet(ctx.County.SupplyProtected);
        var after = ctx.County.Unmet(Supply.Of(ctx.County.Dataset.Teachers, ctx.Plan));
        foreach (var (key, unmet) in after.OrderBy(kv => kv.Key.School).ThenBy(kv => kv.Key.Stage).ThenBy(kv => kv.Key.Subject))
        {
            var was = before.GetValueOrDefault(key);
            if (unmet > was + Tolerance.Value)
            {
                yield return new Violation(Id,
                    $"学校 {key.School} {Codes.Stage.Label(key.Stage)}{Codes.Subject.Label(key.Subject)}（{Codes.Subject.Code(key.Subject)}）缺口由 {Fmt.Fte(was)} 增至 {Fmt.Fte(unmet)}（需求 {Fmt.Fte(ctx.County.Required(key))}）。");
            }
        }
    }
}
