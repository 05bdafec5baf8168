using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// The objective levels in the order the policy gives (ObjectiveWeights.Order; by default shortage →
/// standards → cv → disruption → balance), each with its weight in the time budget: 30 % shortage (it
/// usually stops at its 1 % gap well before), 25 % standards (it must rediscover the moves that lift a
/// school, which the priced shortage level drops), 10 % cv, 25 % disruption (it starts from a plan the
/// earlier levels filled with moves it must clear), 10 % balance. The disruption level is held count by
/// count, so that balance after it moves nobody extra. When a reviewed plan is re-planned, <c>stability</c>
/// (fewest changed rows) comes right after the last of the levels that serve the policy — shortage,
/// standards and cv — and so before disruption in the default order: a row principals already agreed to
/// is not moved to save a few kilometres. The direction floor, when the start breaks it, is folded into
/// the first level (see DirectionFloor).
/// </summary>
internal static class ObjectiveLevels
{
    private static readonly string[] PolicyLevels = [ShortageObjective.Name, StandardsObjective.Name, CvObjective.Name];

    public static IReadOnlyList<ObjectiveLevel> For(Policy policy, bool replanning = false)
    {
        var levels = policy.Objectives.Order
            .Select(name => name switch
            {
                ShortageObjective.Name => PricedLevel.Of(name, ShortageObjective.Build, w => w.ShortageMovePrice, 0.30),
                StandardsObjective.Name => PricedLevel.Of(name, StandardsObjective.Build, w => w.StandardsMovePrice, 0.25),
                CvObjective.Name => PricedLevel.Of(name, CvObjective.Build, w => w.CvMovePrice, 0.10),
                DisruptionObjective.Name => new ObjectiveLevel(name, DisruptionObjective.Build, 0.25,
                    (m, solution) => m.Disruption!.Hold(m.Cp, solution)),
                BalanceObjective.Name => new ObjectiveLevel(name, BalanceObjective.Build, 0.10),
                _ => throw new ArgumentException(
                    $"Unknown objective level '{name}'; valid: {string.Join(", ", ObjectiveWeights.Levels)}."),
            })
            .ToList();
        if (replanning)
        {
            var after = levels.FindLastIndex(l => PolicyLevels.Contains(l.Name));
            levels.Insert(after + 1, new ObjectiveLevel(StabilityObjective.Name, StabilityObjective.Build, 0.15));
        }
        return levels;
    }
}
