using Google.OrTools.Sat;
using Jiaoling.Rotation.Solver.Solving;

namespace Jiaoling.Rotation.Solver.Tests.Solving;

public sealed class LpBoundTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Fact]
    public void The_bound_is_the_relaxations_optimum_rounded_up()
    {
        var model = new CpModel();
        var x = model.NewIntVar(0, 10, "x");
        var y = model.NewIntVar(0, 10, "y");
        model.Add(2 * x + 2 * y >= 3);
        model.Minimize(x + y);

        // The LP reaches 1.5; the objective is integral, so no plan is below 2.
        Assert.Equal(2, LpBound.Of(model.Model, Limit));
    }

    [Fact]
    public void A_constraint_switched_on_by_a_literal_is_kept_with_a_big_M_on_that_literal()
    {
        var model = new CpModel();
        var x = model.NewIntVar(0, 10, "x");
        var on = model.NewBoolVar("on");
        model.Add(x >= 5).OnlyEnforceIf(on);
        model.Add(on == 1);
        model.Minimize(x);

        // Dropping the enforced constraint would give 0.
        Assert.Equal(5, LpBound.Of(model.Model, Limit));
    }

    [Fact]
    public void A_negated_literal_in_a_clause_counts_one_minus_its_variable()
    {
        var model = new CpModel();
        var a = model.NewBoolVar("a");
        var b = model.NewBoolVar("b");
        model.AddBoolOr([a, b.Not()]);
        model.Add(b == 1);
        model.Minimize(LinearExpr.Term(a, 7));

        Assert.Equal(7, LpBound.Of(model.Model, Limit));
    }

    [Fact]
    public void A_maximum_keeps_at_least_each_term_and_a_product_is_left_out_so_the_bound_never_passes_the_optimum()
    {
        var model = new CpModel();
        var x = model.NewIntVar(2, 10, "x");
        var y = model.NewIntVar(3, 10, "y");
        var top = model.NewIntVar(0, 100, "top");
        var product = model.NewIntVar(0, 100, "product");
        model.AddMaxEquality(top, [x, y]);
        model.AddMultiplicationEquality(product, x, y);
        model.Minimize(top + product);

        // The optimum is 3 + 6 = 9; the relaxation holds top ≥ 3 and knows nothing of the product.
        Assert.Equal(3, LpBound.Of(model.Model, Limit));
        var solver = new CpSolver();
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model));
        Assert.Equal(9, solver.ObjectiveValue);
    }
}
