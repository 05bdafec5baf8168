using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.Tests.Service;

/// <summary>A planning executor whose behaviour each test scripts; it records the datasets it was given.</summary>
public sealed class ScriptedExecutor(Func<Dataset, string, PlanSettings, IProgress<PlanProgress>, CancellationToken, Task<PlanRunResult>> run)
    : IPlanExecutor
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<PlanRunResult> RunAsync(Dataset dataset, string outFolder, PlanSettings settings, IProgress<PlanProgress> progress,
        CancellationToken ct)
    {
        Interlocked.Increment(ref _calls);
        return run(dataset, outFolder, settings, progress, ct);
    }

    /// <summary>Writes plan.csv naming the dataset's first teacher and returns an optimal result.</summary>
    public static async Task<PlanRunResult> WritePlanAsync(Dataset dataset, string outFolder)
    {
        Directory.CreateDirectory(outFolder);
        await File.WriteAllTextAsync(Path.Combine(outFolder, "plan.csv"), $"teacher_id\n{dataset.Teachers[0].Id}\n");
        await File.WriteAllTextAsync(Path.Combine(outFolder, "metrics.json"), """{"solver":{"status":"optimal"}}""");
        return new PlanRunResult { ExitCode = 0, Status = "optimal", SolverSeconds = 0.1, Gap = 0, MetricsJson = """{"solver":{"status":"optimal"}}""" };
    }

    /// <summary>Reports progress, then waits until cancelled.</summary>
    public static async Task<PlanRunResult> BlockAsync(IProgress<PlanProgress> progress, CancellationToken ct)
    {
        progress.Report(new PlanProgress("shortage", 42, 40, TimeSpan.FromSeconds(1)));
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable: an infinite delay only ends by cancellation");
    }
}
