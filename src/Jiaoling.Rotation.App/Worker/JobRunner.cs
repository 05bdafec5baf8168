using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Solver;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App.Worker;

/// <summary>
/// Runs one leased job: loads its dataset version, calls the planning executor in a private output
/// folder (<see cref="JobFolders"/>), writes progress and reads the cancel flag every <see cref="WorkerOptions.ProgressInterval"/>,
/// and ends the job exactly once — finished with its run, cancelled, failed, or released on shutdown.
/// </summary>
public sealed class JobRunner(
    DatasetLoader loader,
    RunReader runs,
    IPlanExecutor executor,
    JobLeases leases,
    JobFolders folders,
    TimeProvider time,
    IOptions<WorkerOptions> options,
    ILogger<JobRunner> logger)
{
    public async Task RunAsync(JobLease lease, CancellationToken stoppingToken)
    {
        var o = options.Value;
        var job = lease.Job;
        var settings = new PlanSettings(TimeSpan.FromSeconds(job.TimeLimitSeconds), job.Workers, job.Seed);
        var outFolder = folders.Of(job.Id, job.Attempts);
        using var cancel = new CancellationTokenSource();
        using var onShutdown = o.DrainOnShutdown ? default : stoppingToken.Register(cancel.Cancel);
        using var monitor = new JobMonitor(leases, lease, cancel, o.ProgressInterval);
        var monitoring = monitor.RunAsync();
        logger.LogInformation("Job {JobId} started: dataset {Dataset} version {VersionId}, limit {Limit}, attempt {Attempt}",
            job.Id, job.DatasetName, job.VersionId, settings.TimeLimit, job.Attempts);
        try
        {
            var dataset = await loader.LoadAsync(job.VersionId, cancel.Token);
            if (job.PreviousRunId is { } previous)
            {
                var approved = job.ApprovedTeachers.Select(id => new TeacherId(id)).ToHashSet();
                settings = settings with { Revision = new Revision(await runs.PlanAsync(previous, cancel.Token), approved) };
            }
            ResetFolder(outFolder);
            var started = time.GetUtcNow();
            var result = await executor.RunAsync(dataset, outFolder, settings, monitor, cancel.Token);
            var record = RunRecords.From(job.County, job.VersionId, settings, result, outFolder, started, time.GetUtcNow(), lease.Host);
            await monitor.StopAsync(monitoring);
            var runId = await leases.FinishAsync(lease, record, CancellationToken.None);
            logger.LogInformation("Job {JobId} finished: exit {ExitCode}, status {Status}, run {RunId}",
                job.Id, result.ExitCode, result.Status, runId);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await monitor.StopAsync(monitoring);
            if (monitor.CancelRequested)
            {
                await leases.CancelledAsync(lease, CancellationToken.None);
                logger.LogInformation("Job {JobId} cancelled on request", job.Id);
            }
            else
            {
                await leases.ReleaseAsync(lease, CancellationToken.None);
                logger.LogInformation("Job {JobId} released to the queue at shutdown", job.Id);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await monitor.StopAsync(monitoring);
            logger.LogError(e, "Job {JobId} failed", job.Id);
            await leases.FailAsync(lease, $"规划失败：{e.Message}", CancellationToken.None);
        }
        finally
        {
            if (Directory.Exists(outFolder))
            {
                Directory.Delete(outFolder, recursive: true);
            }
        }
    }

    private static void ResetFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
    }
}
