using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>The requesting side of the plan-job queue: enqueue, look up and cancel jobs of one county.</summary>
public sealed class JobQueue(NpgsqlDataSource dataSource)
{
    /// <summary>Queues a job for the latest version of the dataset; throws when the county has no such dataset.</summary>
    public async Task<PlanJob> EnqueueAsync(JobRequest request, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using var cmd = Sql.Command(conn, tx, $"""
            insert into plan_jobs (county, dataset_name, version_id, time_limit_seconds, workers, seed, requested_by, previous_run_id, approved_teachers)
            select county, dataset_name, id, @limit, @workers, @seed, @by, @previous::bigint, @approved from dataset_versions
            where county = @c and dataset_name = @n order by version desc limit 1
            returning {JobRows.Columns}
            """, ("c", request.County), ("n", request.DatasetName), ("limit", request.TimeLimitSeconds),
            ("workers", request.Workers), ("seed", request.Seed), ("by", request.RequestedBy),
            ("previous", request.PreviousRunId), ("approved", (request.ApprovedTeachers ?? []).ToArray()));
        var job = await JobRows.SingleAsync(cmd, ct)
            ?? throw new StoreException($"县 {request.County} 没有名为“{request.DatasetName}”的数据集：请先用 import 导入。");
        await AuditLog.AppendAsync(conn, tx, job.County, request.RequestedBy, "job.queued", $"job:{job.Id}",
            new { job.DatasetName, version_id = job.VersionId, time_limit_seconds = job.TimeLimitSeconds, previous_run_id = job.PreviousRunId }, ct);
        await tx.CommitAsync(ct);
        return job;
    }

    /// <summary>Every stored dataset as (county, name), in county then name order: what a city can queue.</summary>
    public async Task<IReadOnlyList<(string County, string Name)>> DatasetsAsync(CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, "select county, name from datasets order by county, name");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
        {
            list.Add((reader.GetString(0), reader.GetString(1)));
        }
        return list;
    }

    public async Task<PlanJob?> GetAsync(string county, long id, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, $"select {JobRows.Columns} from plan_jobs where county = @c and id = @id",
            ("c", county), ("id", id));
        return await JobRows.SingleAsync(cmd, ct);
    }

    /// <summary>
    /// Cancels a job: a queued one at once, a running one by flagging it for its worker, which stops the
    /// solve and marks it cancelled. Returns the job as it now stands, or null when there is none.
    /// </summary>
    public async Task<PlanJob?> RequestCancelAsync(string county, long id, string actor, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using var cmd = Sql.Command(conn, tx, $"""
            update plan_jobs set
                cancel_requested = true,
                status = case when status = 'queued' then 'cancelled' else status end,
                finished_at = case when status = 'queued' then now() else finished_at end
            where county = @c and id = @id and status in ('queued', 'running')
            returning {JobRows.Columns}
            """, ("c", county), ("id", id));
        var job = await JobRows.SingleAsync(cmd, ct);
        if (job is not null)
        {
            await AuditLog.AppendAsync(conn, tx, county, actor, "job.cancel_requested", $"job:{id}", new { job.Status }, ct);
        }
        await tx.CommitAsync(ct);
        return job ?? await GetAsync(county, id, ct);
    }
}
