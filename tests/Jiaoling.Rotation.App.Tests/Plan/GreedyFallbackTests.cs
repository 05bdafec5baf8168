using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Solver;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.App.Tests.Plan;

/// <summary>A county too large for the time given still gets a plan: the greedy one, which obeys every rule, and a note saying so.</summary>
public sealed class GreedyFallbackTests
{
    [Fact]
    public void Out_of_time_before_cp_sat_holds_its_start_the_valid_greedy_plan_is_returned_and_said_so()
    {
        var county = County.Create(CountyGenerator.Generate(new GeneratorOptions(2000, 7, true)));

        var outcome = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromMilliseconds(200) });

        Assert.Equal(PlanStatus.Feasible, outcome.Status);
        Assert.NotEmpty(outcome.Plan.Assignments);
        Assert.Empty(PlanChecker.Check(county, outcome.Plan));
        Assert.Contains("贪心基线方案", Assert.Single(outcome.Explanation));
    }
}
