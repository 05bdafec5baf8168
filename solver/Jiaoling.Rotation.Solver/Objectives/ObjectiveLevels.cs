using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// The objective levels in the order the policy gives (ObjectiveWeights.Order). When a reviewed plan is
/// re-planned, <c>stability</c> (fewest changed rows) comes right after the last of the levels that serve
/// the policy — <c>shortage</c> and <c>balance</c> — and so before <c>disruption</c> in the default order:
/// a row principals already agreed to is not moved to save a few kilometres.
/// </summary>
internal static class ObjectiveLevels
{
    public static IReadOnlyList<ObjectiveLevel> For(Policy policy, bool replanning = false)
    {
        var levels = policy.Objectives.Order
            .Select(name => name switch
            {
                ShortageObjective.Name => new ObjectiveLevel(name, ShortageObjective.Build),
                BalanceObjective.Name => new ObjectiveLevel(name, BalanceObjective.Build),
                DisruptionObjective.Name => new ObjectiveLevel(name, DisruptionObjective.Build),
                _ => throw new ArgumentException($"Unknown objective level '{name}'; valid: shortage, balance, disruption."),
            })
            .ToList();
        if (replanning)
        {
            var after = levels.FindLastIndex(l => l.Name is ShortageObjective.Name or BalanceObjective.Name);
            levels.Insert(after + 1, new ObjectiveLevel(StabilityObjective.Name, StabilityObjective.Build));
        }
        return levels;
    }
}
