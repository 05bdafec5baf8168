using Google.OrTools.Sat;
using Jiaoling.Rotation.Solver.Solving;

namespace Jiaoling.Rotation.Solver.Tests.Solving;

/// <summary>
/// A neighbourhood round's model on a hand-built model of three decisions x0, x1, x2, computed u = x0 + x1 and
/// w ≥ x2, at least one of x0 and x2, at most one of x1 and x2, x0 ⇒ x1, and x1 + x2 ≥ 1 when x0; minimising
/// 2u + w. The best plan given is x0 = x1 = 1, x2 = 0 (value 4); the optimum is x2 = 1 alone (value 1).
/// </summary>
public sealed class RoundModelTests
{
    private static (CpModel Model, long[] Best) Build()
    {
        var m = new CpModel();
        var x = Enumerable.Range(0, 3).Select(i => m.NewBoolVar($"x{i}")).ToArray();
        var u = m.NewIntVar(0, 2, "u");
        var w = m.NewIntVar(0, 1, "w");
        m.Add(u == x[0] + x[1]);
        m.Add(w >= x[2]);
        m.AddBoolOr([x[0], x[2]]);
        m.AddAtMostOne([x[1], x[2]]);
        m.AddImplication(x[0], x[1]);
        m.Add(x[1] + x[2] >= 1).OnlyEnforceIf(x[0]);
        m.Minimize(2 * u + w);
        return (m, [1, 1, 0, 2, 0]);
    }

    private static long[] Round(CpModel whole, long[] best, params int[] free)
    {
        var round = new RoundModel(whole.Model, [0, 1, 2]);
        var (model, map) = round.Restrict(free, best);
        var solver = new CpSolver { StringParameters = "num_workers:1" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model));
        return RoundModel.Merge(best, map, solver.Response!.Solution);
    }

    /// <summary>Whether the values obey every constraint of the whole model: it solves with each variable fixed to its value.</summary>
    private static bool Holds(CpModel whole, long[] values)
    {
        var fixedModel = new CpModel();
        fixedModel.Model.MergeFrom(whole.Model.Clone());
        for (var v = 0; v < values.Length; v++)
        {
            fixedModel.Model.Variables[v].Domain.Clear();
            fixedModel.Model.Variables[v].Domain.AddRange([values[v], values[v]]);
        }
        return new CpSolver().Solve(fixedModel) == CpSolverStatus.Optimal;
    }

    private static long Value(long[] v) => 2 * v[3] + v[4];

    [Fact]
    public void With_every_decision_free_the_round_finds_the_optimum_of_the_whole_model()
    {
        var (whole, best) = Build();

        var merged = Round(whole, best, 0, 1, 2);

        Assert.Equal([0, 0, 1, 0, 1], merged);
        Assert.True(Holds(whole, merged));
    }

    [Fact]
    public void A_fixed_true_literal_of_an_at_most_one_keeps_the_free_one_false()
    {
        var (whole, best) = Build();

        // x1 stays 1: x2 may not join it, so x0 stays 1 too. Folded wrongly, x2 = 1 and x0 = 0 would score 3.
        var merged = Round(whole, best, 0, 2);

        Assert.Equal(4, Value(merged));
        Assert.Equal(best, merged);
        Assert.True(Holds(whole, merged));
    }

    [Fact]
    public void A_fixed_enforcement_literal_keeps_its_implication_on_the_free_decisions()
    {
        var (whole, best) = Build();

        // x0 stays 1: x1 must stay 1 (x0 ⇒ x1), and so u stays 2.
        var merged = Round(whole, best, 1, 2);

        Assert.Equal(best, merged);
        Assert.True(Holds(whole, merged));
    }

    [Fact]
    public void Freeing_a_decision_frees_what_is_computed_from_it_and_the_objective_but_no_other_decision()
    {
        var (whole, best) = Build();
        var round = new RoundModel(whole.Model, [0, 1, 2]);

        // x2 frees w (computed from it alone); u is free as a variable of the objective; x0 and x1 are folded in.
        var (model, map) = round.Restrict([2], best);

        Assert.Equal([2, 3, 4], map.Order());
        Assert.Equal(map.Length, model.Model.Variables.Count);
    }
}
