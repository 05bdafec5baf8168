using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Tests;
using Xunit.Abstractions;

namespace Jiaoling.Rotation.Solver.Tests.Model;

public sealed class NeighbourhoodSearchTests(ITestOutputHelper output)
{
    /// <summary>How far above the optimum the searched plan may end when the suite's load cuts its time short.</summary>
    private const double NearOptimum = 0.05;

    [Fact]
    public void Neighbourhood_search_plans_the_contract_example_near_the_shortage_optimum_with_a_true_gap_and_every_rule_held()
    {
        var county = FixtureReader.Read(RepoPaths.ContractExample);
        // The optimum to compare with: 40 s, as under the suite's load 15 s once left the first level (4.4 s) unproven.
        var whole = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(40) });

        // Every model counts as large: each level is solved by neighbourhood search, the first beside a search for a bound.
        // 30 s: under the suite's load a level whose start could not be completed in its share of 15 s was skipped.
        var searched = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(30), NeighbourhoodSearchAbove = 0 });

        output.WriteLine($"whole: {whole.Levels[0]}\nsearched: {searched.Levels[0]}");
        Assert.True(searched.HasPlan, string.Join("\n", searched.Explanation));
        Assert.Empty(PlanChecker.Check(county, searched.Plan).Select(v => v.ToString()));
        Assert.Equal("optimal", whole.Levels[0].Status);
        // The example's ten schools fit in one neighbourhood, so a round re-plans the whole county; the level
        // stops once within the gap limit (1 %) of the bound proven beside it, which never passes the optimum. Under
        // the suite's load it may run out of time first (once 1.19 % above the optimum): the gap it reports is then
        // larger but still true, and the plan still near the optimum.
        var optimum = whole.Levels[0].Objective;
        var level = searched.Levels[0];
        Assert.InRange(level.Bound, 1, optimum);
        Assert.InRange(level.Objective, optimum, optimum / (1 - NearOptimum));
        Assert.Equal((level.Objective - level.Bound) / level.Objective, level.Gap, 9);
        Assert.True(level.Status != "optimal" || level.Objective == optimum, level.ToString());
        Assert.Equal(searched.Levels.Count, whole.Levels.Count);
    }

    [Fact]
    public void Above_the_later_levels_threshold_the_later_levels_are_searched_by_neighbourhoods_and_the_plan_holds_every_rule()
    {
        var county = FixtureReader.Read(RepoPaths.ContractExample);

        var outcome = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(30), LaterLevelsNeighbourhoodSearchAbove = 0 });

        output.WriteLine(string.Join("\n", outcome.Levels));
        Assert.True(outcome.HasPlan, string.Join("\n", outcome.Explanation));
        Assert.Empty(PlanChecker.Check(county, outcome.Plan).Select(v => v.ToString()));
        // The first level still proves a bound; a later level searched by neighbourhoods proves none (0), where solved whole
        // the standards level proves one above 0.
        Assert.True(outcome.Levels[0].Bound > 0, outcome.Levels[0].ToString());
        Assert.All(outcome.Levels.Skip(1), level => Assert.Equal(0, level.Bound));
    }
}
