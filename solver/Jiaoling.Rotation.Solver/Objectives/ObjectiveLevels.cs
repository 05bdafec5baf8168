using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>The objective levels in the order the policy gives (ObjectiveWeights.Order).</summary>
internal static class ObjectiveLevels
{
    public static IReadOnlyList<ObjectiveLevel> For(Policy policy) => policy.Objectives.Order
        .Select(name => name switch
        {
            ShortageObjective.Name => new ObjectiveLevel(name, ShortageObjective.Build),
            BalanceObjective.Name => new ObjectiveLevel(name, BalanceObjective.Build),
            DisruptionObjective.Name => new ObjectiveLevel(name, DisruptionObjective.Build),
            _ => throw new ArgumentException($"Unknown objective level '{name}'; valid: shortage, balance, disruption."),
        })
        .ToList();
}
