using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Tests;
using Xunit.Abstractions;

namespace Jiaoling.Rotation.Solver.Tests.Model;

public sealed class ContractExampleTests(ITestOutputHelper output)
{
    [Fact]
    public void Contract_example_plans_to_a_plan_that_meets_the_exchange_ratio()
    {
        var county = FixtureReader.Read(RepoPaths.ContractExample);

        var outcome = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(30) });

        output.WriteLine($"{outcome.Status} {outcome.Stats} rows={outcome.Plan.Assignments.Count}");
        foreach (var level in outcome.Levels)
        {
            output.WriteLine(level.ToString());
        }
        Assert.True(outcome.HasPlan, string.Join("\n", outcome.Explanation));
        var rotated = outcome.Plan.Assignments.Count(a => a.Kind == AssignmentKind.Transfer && county.Status[a.TeacherId].Eligible);
        Assert.True(rotated >= Rules.MinExchangeRatio.Required(county));
    }
}
