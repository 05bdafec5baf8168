using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>The planner's surface: progress reports, levels and cancellation.</summary>
public sealed class PlannerApiTests
{
    private static readonly Lazy<Domain.County> _example = new(() => FixtureReader.Read(RepoPaths.ContractExample));

    [Fact]
    public void Planning_reports_progress_for_each_level_in_the_policys_order()
    {
        var county = _example.Value;
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
        var county = _example.Value;
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Planner.Solve(county, new SolverOptions(), null, cts.Token));
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
