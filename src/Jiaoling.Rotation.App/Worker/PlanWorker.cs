using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App.Worker;

/// <summary>
/// Takes queued plan jobs one at a time (FOR UPDATE SKIP LOCKED, so hosts share one database safely),
/// runs them through <see cref="JobRunner"/>, and recovers jobs that a dead host left running: at start
/// and whenever the queue is empty.
/// </summary>
public sealed class PlanWorker(
    JobLeases leases,
    JobRecovery recovery,
    JobRunner runner,
    IOptions<WorkerOptions> options,
    ILogger<PlanWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            logger.LogInformation("Plan worker disabled on host {Host}", o.HostName);
            return;
        }
        logger.LogInformation("Plan worker {Host} started", o.HostName);
        await RecoverAsync(o, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await leases.TakeAsync(o.HostName, stoppingToken);
                if (lease is not null)
                {
                    await runner.RunAsync(lease, stoppingToken);
                    continue;
                }
                await RecoverAsync(o, stoppingToken);
                await Task.Delay(o.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or StoreException)
            {
                // The database went away: say so and keep polling, so the host resumes when it is back.
                logger.LogError(e, "Plan worker {Host} cannot reach the queue; retrying in {Delay}", o.HostName, o.PollInterval);
                await Task.Delay(o.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        logger.LogInformation("Plan worker {Host} stopped", o.HostName);
    }

    private async Task RecoverAsync(WorkerOptions o, CancellationToken ct)
    {
        foreach (var job in await recovery.RecoverAsync(o.MaxAttempts, o.HostName, ct))
        {
            logger.LogWarning("Job {JobId} of dead host {FormerHost} after {Attempts} attempt(s): now {Status}",
                job.Id, job.FormerHost, job.Attempts, job.Status);
        }
    }
}
