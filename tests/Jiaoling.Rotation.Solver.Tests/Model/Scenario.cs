using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// Small planning scenarios: a quiet policy (no exchange quota, levels shortage then disruption, so only
/// the rule under test moves anyone), solving with a short limit, and every plan re-checked by the checker.
/// </summary>
internal static class Scenario
{
    public static CountyBuilder Quiet() => new CountyBuilder().Policy(p => p with
    {
        MinExchangeRatio = 0m,
        MinBackboneShare = 0m,
        Objectives = p.Objectives with { Order = ["shortage", "disruption"] },
    });

    public static PlanOutcome Solve(CountyBuilder builder)
    {
        var county = builder.Build();
        var outcome = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(20) });
        if (outcome.HasPlan)
        {
            Assert.Empty(PlanChecker.Check(county, outcome.Plan).Select(v => v.ToString()));
        }
        return outcome;
    }

    /// <summary>The plan's rows as short lines: <c>T1 transfer S1→S2 MUS 1.0</c>.</summary>
    public static string[] Rows(PlanOutcome outcome)
    {
        Assert.True(outcome.HasPlan, string.Join("\n", outcome.Explanation));
        return outcome.Plan.Assignments
            .Select(a => $"{a.TeacherId} {Codes.Kind.Code(a.Kind)} {a.From}→{a.To} {a.Subject} {a.Share:0.0}".Replace("  ", " "))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Asserts the rules conflict and the explanation names each rule id given.</summary>
    public static void AssertInfeasibleNaming(PlanOutcome outcome, params string[] ruleIds)
    {
        Assert.Equal(PlanStatus.Infeasible, outcome.Status);
        var text = string.Join("\n", outcome.Explanation);
        foreach (var id in ruleIds)
        {
            Assert.Contains(id + ":", text);
        }
    }
}
