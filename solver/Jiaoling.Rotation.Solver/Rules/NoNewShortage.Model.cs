using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Posts, per school × stage × subject a move touches, supply after ≥ min(required, supply before), in
/// tenths: exactly "unmet after ≤ unmet before", since unmet = max(0, required − supply).
/// </summary>
public sealed partial class NoNewShortage : IModelRule
{
    void IModelRule.Post(RotationModel m)
    {
        foreach (var key in m.SupplyChange.Keys)
        {
            var before = m.Demand.SupplyBefore(key);
            var floor = Math.Min(m.Demand.Required(key), before);
            m.Guards.Enforce(m.Cp.Add(before + m.SupplyChange.Sum(key) >= floor), Id, key.School.Value);
        }
    }
}
