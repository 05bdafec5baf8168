using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>The objective levels in the order the policy gives (ObjectiveWeights.Order).</summary>
internal static class ObjectiveLevels
{
    public static IReadOnlyList<ObjectiveLevel> Build(RotationModel m) => m.Policy.Objectives.Order
        .Select(name => name switch
        {
            ShortageObjective.Name => ShortageObjective.Build(m),
            BalanceObjective.Name => BalanceObjective.Build(m),
            DisruptionObjective.Name => DisruptionObjective.Build(m),
            _ => throw new ArgumentException($"Unknown objective level '{name}'; valid: shortage, balance, disruption."),
        })
        .ToList();
}
