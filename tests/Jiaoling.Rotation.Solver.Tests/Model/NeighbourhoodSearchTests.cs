using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Tests;
using Xunit.Abstractions;

namespace Jiaoling.Rotation.Solver.Tests.Model;

public sealed class NeighbourhoodSearchTests(ITestOutputHelper output)
{
    [Fact]
    public void Neighbourhood_search_plans_the_contract_example_to_within_the_gap_limit_of_the_shortage_optimum_with_every_rule_held()
    {
        var county = FixtureReader.Read(RepoPaths.ContractExample);
        var whole = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(15) });

        // Every model counts as large: each level is solved by neighbourhood search, the first beside a search for a bound.
        // 30 s: under the suite's load a level whose start could not be completed in its share of 15 s was skipped.
        var searched = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(30), NeighbourhoodSearchAbove = 0 });

        output.WriteLine($"whole: {whole.Levels[0]}\nsearched: {searched.Levels[0]}");
        Assert.True(searched.HasPlan, string.Join("\n", searched.Explanation));
        Assert.Empty(PlanChecker.Check(county, searched.Plan).Select(v => v.ToString()));
        Assert.Equal("optimal", whole.Levels[0].Status);
        // The example's ten schools fit in one neighbourhood, so a round re-plans the whole county; the level
        // stops once within the gap limit of the bound proven beside it, which never passes the optimum.
        var optimum = whole.Levels[0].Objective;
        Assert.InRange(searched.Levels[0].Bound, 1, optimum);
        Assert.InRange(searched.Levels[0].Objective, optimum, optimum / (1 - new SolverOptions().LevelGapLimit));
        Assert.Equal(searched.Levels.Count, whole.Levels.Count);
    }
}
