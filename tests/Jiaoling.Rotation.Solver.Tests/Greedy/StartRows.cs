using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Greedy;

namespace Jiaoling.Rotation.Solver.Tests.Greedy;

/// <summary>The rows of a greedy plan as "teacher:from→to:subject@share", and the check that only the planner's start makes them.</summary>
internal static class StartRows
{
    public static string Of(GreedyResult r) =>
        string.Join(" ", r.Plan.Assignments.Select(a => $"{a.TeacherId}:{a.From}→{a.To}:{a.Subject}@{a.Share:0.0}"));

    /// <summary>The planner's options with hub chains and standards relief at any size (by default only in large counties).</summary>
    public static readonly SolverOptions WithChains = new() { HubChainsFrom = 0, StandardsReliefFrom = 0, TimeLimit = TimeSpan.FromSeconds(10) };

    /// <summary>The baseline makes no row; the start, valid under every rule, makes exactly <paramref name="rows"/>.</summary>
    public static void OnlyTheStartMakes(County county, string rows, SolverOptions? options = null)
    {
        Assert.Equal("", Of(GreedyPlanner.Plan(county)));
        var start = GreedyPlanner.Start(county, options);
        Assert.True(start.MeetsAllRules, string.Join("\n", start.Remaining));
        Assert.Equal(rows, Of(start));
    }
}
