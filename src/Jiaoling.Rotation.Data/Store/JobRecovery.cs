using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>
/// Finds running jobs whose host died (their advisory lock is gone with the host's connection) and
/// applies the documented rule: back to the queue while attempts &lt; maxAttempts, otherwise failed.
/// </summary>
public sealed class JobRecovery(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<RecoveredJob>> RecoverAsync(int maxAttempts, string recoveringHost, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var running = new List<(long Id, string County, string Host, int Attempts)>();
        await using (var cmd = Sql.Command(conn, tx, """
            select id, county, coalesce(host, ''), attempts from plan_jobs
            where status = 'running' order by id for update skip locked
            """))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                running.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3)));
            }
        }
        var recovered = new List<RecoveredJob>();
        foreach (var job in running)
        {
            // A live owner holds the session lock on the job id; getting it means the owner is gone.
            if (!await Sql.ScalarAsync<bool>(conn, tx, "select pg_try_advisory_xact_lock(@id)", ct, ("id", job.Id)))
            {
                continue;
            }
            var status = job.Attempts < maxAttempts ? "queued" : "failed";
            await Sql.ExecuteAsync(conn, tx, """
                update plan_jobs set status = @status, host = null,
                    finished_at = case when @status = 'failed' then now() end,
                    error = case when @status = 'failed' then @error end
                where id = @id
                """, ct, ("id", job.Id), ("status", status),
                ("error", $"运行该任务的主机已中断 {job.Attempts} 次（上限 {maxAttempts} 次），不再重试。"));
            await AuditLog.AppendAsync(conn, tx, job.County, recoveringHost, "job.recovered", $"job:{job.Id}",
                new { former_host = job.Host, job.Attempts, status }, ct);
            recovered.Add(new RecoveredJob(job.Id, job.County, job.Host, job.Attempts, status));
        }
        await tx.CommitAsync(ct);
        return recovered;
    }
}
