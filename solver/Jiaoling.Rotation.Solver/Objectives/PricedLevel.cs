using Google.OrTools.Sat;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// A level that serves the policy (shortage, standards, cv) minimises its measure plus a small price for
/// the moves it makes: their disruption cost without the surplus (<see cref="DisruptionParts.Price"/>) times the level's price ÷ 100,
/// so a move is made only when it pays — a plain move costs about 100 disruption points, so a shortage price
/// of 20 asks it to fill at least 0.2 FTE of weighted demand, and a chain of moves with a sideways link
/// must fill about a whole post. The levels after it hold the measure alone, not the price, so they may
/// move fewer people but never let the measure slip; nor may the level itself end with a measure worse than
/// the plan it started from (the greedy plan, for the first level).
/// </summary>
internal static class PricedLevel
{
    public static ObjectiveLevel Of(string name, Func<RotationModel, LinearExpr> measure, Func<Domain.ObjectiveWeights, int> price,
        double timeWeight) =>
        new(name, m => Build(m, name, measure(m), price(m.Policy.Objectives)), timeWeight,
            (m, solution) => m.Cp.Add(m.Measures[name] <= solution[m.Measures[name].Index]));

    private static LinearExpr Build(RotationModel m, string name, LinearExpr measure, int price)
    {
        var value = m.Cp.NewIntVar(-(1L << 50), 1L << 50, $"measure[{name}]");
        m.Cp.Add(value == measure);
        m.Measures[name] = value;
        return price == 0 ? 100 * value : 100 * value + price * DisruptionObjective.Parts(m).Price(m.Policy.Objectives);
    }
}
