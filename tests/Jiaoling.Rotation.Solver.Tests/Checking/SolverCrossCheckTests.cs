using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

/// <summary>The checker and the CP-SAT model are written apart; each plan of the model must pass the checker.</summary>
public sealed class SolverCrossCheckTests
{
    [Fact]
    public void Cp_sat_plan_for_the_contract_example_passes_every_check()
    {
        var county = FixtureReader.Read(RepoPaths.ContractExample);
        var outcome = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(10) });
        Assert.True(outcome.HasPlan, string.Join("\n", outcome.Explanation));
        Assert.Empty(PlanChecker.Check(county, outcome.Plan).Select(v => v.ToString()));
    }
}
