using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Rules;
using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Tests;
using Xunit.Abstractions;

namespace Jiaoling.Rotation.Solver.Tests.Model;

public sealed class ContractExampleTests(ITestOutputHelper output)
{
    [Fact]
    public void Contract_example_plans_with_the_shortage_level_solved_to_the_gap_limit_and_every_rule_held()
    {
        var county = FixtureReader.Read(RepoPaths.ContractExample);

        // The shortage level still gets about 4 s of the 15, several times what it needs idle (see below).
        var outcome = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(15) });

        output.WriteLine($"{outcome.Status} {outcome.Stats} rows={outcome.Plan.Assignments.Count}");
        foreach (var level in outcome.Levels)
        {
            output.WriteLine(level.ToString());
        }
        Assert.True(outcome.HasPlan, string.Join("\n", outcome.Explanation));
        AssertSolvedToTheGapLimit(outcome.Levels[0]);
        Assert.Empty(PlanChecker.Check(county, outcome.Plan).Select(v => v.ToString()));
        Assert.All(outcome.Plan.Assignments, a => Assert.False(string.IsNullOrWhiteSpace(a.Reason)));
    }

    [Fact]
    public void Contract_example_with_a_90_percent_exchange_ratio_is_infeasible_naming_the_ratio_and_the_outflow_cap()
    {
        var example = FixtureReader.Read(RepoPaths.ContractExample);
        var county = County.Create(example.Dataset with { Policy = example.Policy with { MinExchangeRatio = 0.9m } });

        var outcome = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60) });

        output.WriteLine(string.Join("\n", outcome.Explanation));
        Scenario.AssertInfeasibleNaming(outcome, RuleIds.MinExchangeRatio, RuleIds.OutflowCap);
    }

    /// <summary>
    /// A level but the last stops once its gap is within the limit (1 %): idle, the contract example's shortage
    /// level is proven optimal in under a second, but under load the stop may come first.
    /// </summary>
    private static void AssertSolvedToTheGapLimit(LevelResult level) =>
        Assert.True(level.Status == "optimal" || level.Gap <= new SolverOptions().LevelGapLimit, level.ToString());
}
