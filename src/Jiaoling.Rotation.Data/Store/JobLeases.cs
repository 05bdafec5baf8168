using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>
/// The working side of the plan-job queue: take the oldest queued job (FOR UPDATE SKIP LOCKED, so hosts
/// sharing a database never take the same one), report progress, and end the job exactly once.
/// </summary>
public sealed class JobLeases(NpgsqlDataSource dataSource)
{
    /// <summary>Takes the oldest queued job for this host, or returns null when none is waiting.</summary>
    public async Task<JobLease?> TakeAsync(string host, CancellationToken ct)
    {
        var conn = await dataSource.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await conn.BeginTransactionAsync(ct);
            await using var pick = Sql.Command(conn, tx, """
                select id from plan_jobs where status = 'queued' order by id limit 1 for update skip locked
                """);
            if (await pick.ExecuteScalarAsync(ct) is not long id
                || !await Sql.ScalarAsync<bool>(conn, tx, "select pg_try_advisory_lock(@id)", ct, ("id", id)))
            {
                await conn.DisposeAsync();
                return null;
            }
            await using var take = Sql.Command(conn, tx, $"""
                update plan_jobs set status = 'running', attempts = attempts + 1, host = @host, started_at = now(),
                    progress_level = null, progress_objective = null, progress_bound = null, progress_elapsed = null
                where id = @id returning {JobRows.Columns}
                """, ("id", id), ("host", host));
            var job = (await JobRows.SingleAsync(take, ct))!;
            await AuditLog.AppendAsync(conn, tx, job.County, host, "job.started", $"job:{id}", new { job.Attempts }, ct);
            await tx.CommitAsync(ct);
            return new JobLease(conn, job, host);
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
    }

    public async Task ReportProgressAsync(JobLease lease, JobProgress progress, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await Sql.ExecuteAsync(conn, null, """
            update plan_jobs set progress_level = @level, progress_objective = @objective, progress_bound = @bound,
                progress_elapsed = @elapsed, progress_at = now()
            where id = @id and status = 'running' and host = @host
            """, ct, ("id", lease.Job.Id), ("host", lease.Host), ("level", progress.Level), ("objective", progress.Objective),
            ("bound", progress.Bound), ("elapsed", progress.ElapsedSeconds));
    }

    public async Task<bool> IsCancelRequestedAsync(JobLease lease, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        return await Sql.ScalarAsync<bool>(conn, null, "select cancel_requested from plan_jobs where id = @id", ct,
            ("id", lease.Job.Id));
    }

    /// <summary>
    /// Ends the job as finished and stores its run in the same transaction. Returns the run id, or null
    /// when this host no longer owns the job (it was recovered meanwhile), in which case nothing is stored.
    /// </summary>
    public async Task<long?> FinishAsync(JobLease lease, PlanRunRecord run, CancellationToken ct) =>
        (await EndAsync(lease, "finished", "job.finished", run with { JobId = lease.Job.Id }, null, ct)).RunId;

    /// <summary>Ends the job as failed with a message; false when this host no longer owns it.</summary>
    public async Task<bool> FailAsync(JobLease lease, string error, CancellationToken ct) =>
        (await EndAsync(lease, "failed", "job.failed", null, error, ct)).Ended;

    /// <summary>Ends the job as cancelled; false when this host no longer owns it.</summary>
    public async Task<bool> CancelledAsync(JobLease lease, CancellationToken ct) =>
        (await EndAsync(lease, "cancelled", "job.cancelled", null, null, ct)).Ended;

    /// <summary>Puts an interrupted job back in the queue (host shutdown), not counting the attempt.</summary>
    public async Task ReleaseAsync(JobLease lease, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var released = await Sql.ExecuteAsync(conn, tx, """
            update plan_jobs set status = 'queued', attempts = attempts - 1, host = null, started_at = null
            where id = @id and status = 'running' and host = @host
            """, ct, ("id", lease.Job.Id), ("host", lease.Host));
        if (released == 1)
        {
            await AuditLog.AppendAsync(conn, tx, lease.Job.County, lease.Host, "job.released", $"job:{lease.Job.Id}", new { }, ct);
        }
        await tx.CommitAsync(ct);
    }

    private async Task<(bool Ended, long? RunId)> EndAsync(JobLease lease, string status, string action, PlanRunRecord? run, string? error,
        CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var ended = await Sql.ExecuteAsync(conn, tx, """
            update plan_jobs set status = @status, finished_at = now(), exit_code = @exit, error = @error
            where id = @id and status = 'running' and host = @host and attempts = @attempts
            """, ct, ("id", lease.Job.Id), ("host", lease.Host), ("attempts", lease.Job.Attempts), ("status", status),
            ("exit", run?.ExitCode), ("error", error));
        if (ended != 1)
        {
            await tx.RollbackAsync(ct);
            return (false, null);
        }
        long? runId = null;
        if (run is not null)
        {
            runId = await RunWriter.SaveAsync(conn, tx, run, ct);
            await Sql.ExecuteAsync(conn, tx, "update plan_jobs set run_id = @run where id = @id", ct,
                ("id", lease.Job.Id), ("run", runId));
        }
        await AuditLog.AppendAsync(conn, tx, lease.Job.County, lease.Host, action, $"job:{lease.Job.Id}",
            new { run_id = runId, exit_code = run?.ExitCode, error }, ct);
        await tx.CommitAsync(ct);
        return (true, runId);
    }
}
