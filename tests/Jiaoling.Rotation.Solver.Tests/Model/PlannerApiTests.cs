using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>The planner's surface: progress reports, levels and cancellation.</summary>
public sealed class PlannerApiTests
{
    private static readonly Lazy<Domain.County> Example = new(() => FixtureReader.Read(RepoPaths.ContractExample));

    [Fact]
    public void Planning_reports_progress_for_each_level_in_the_policys_order()
    {
        var county = Example.Value;
        var reports = new List<SolverProgress>();

        var outcome = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(30) }, new SyncProgress(reports.Add));

        Assert.Equal(["shortage", "standards", "cv", "disruption", "balance"], outcome.Levels.Select(l => l.Name));
        Assert.Contains(reports, r => r.Level == "shortage");
        Assert.All(outcome.Levels, l => Assert.InRange(l.Gap, 0.0, 1.0));
        Assert.True(outcome.Stats.Variables > 0 && outcome.Stats.Candidates > 0);
    }

    [Fact]
    public void A_cancelled_run_throws_operation_cancelled()
    {
        var county = Example.Value;
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Planner.Solve(county, new SolverOptions(), null, cts.Token));
    }

    [Fact]
    public void Each_level_ends_with_a_report_of_its_place_among_the_levels_and_the_plan_it_reached()
    {
        var reports = new List<SolverProgress>();

        var outcome = Planner.Solve(Example.Value, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(15) }, new SyncProgress(reports.Add));

        var done = reports.Where(r => r.LevelDone).ToList();
        Assert.Equal(outcome.Levels.Select(l => l.Name), done.Select(r => r.Level));
        Assert.Equal(Enumerable.Range(0, done.Count), done.Select(r => r.LevelIndex));
        Assert.All(reports, r => Assert.Equal(5, r.LevelCount));
        Assert.All(done, r => Assert.NotNull(r.Incumbent));
        // The last level's plan is the plan the run returns, reasons aside.
        Assert.Equal(outcome.Plan.Assignments.Select(a => a with { Reason = "" }), done[^1].Incumbent!.Assignments);
    }

    /// <summary>Reports on the solver's thread, so the test sees every report before Solve returns.</summary>
    private sealed class SyncProgress(Action<SolverProgress> report) : IProgress<SolverProgress>
    {
        public void Report(SolverProgress value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}
