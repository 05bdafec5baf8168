using System.Security.Cryptography;
using Jiaoling.Rotation.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>Writes a finished run, its plan rows (binary COPY) and its files inside the caller's transaction.</summary>
public static class RunWriter
{
    public static async Task<long> SaveAsync(NpgsqlConnection conn, NpgsqlTransaction tx, PlanRunRecord run, CancellationToken ct)
    {
        var id = await Sql.ScalarAsync<long>(conn, tx, """
            insert into plan_runs (county, version_id, job_id, exit_code, status, solver_seconds, gap, levels, metrics,
                message, time_limit_seconds, workers, seed, started_at, finished_at, created_by)
            values (@county, @version, @job, @exit, @status, @seconds, @gap, @levels::jsonb, @metrics::jsonb,
                @message, @limit, @workers, @seed, @started, @finished, @by)
            returning id
            """, ct, ("county", run.County), ("version", run.VersionId), ("job", run.JobId), ("exit", run.ExitCode),
            ("status", run.Status), ("seconds", run.SolverSeconds), ("gap", run.Gap), ("levels", run.LevelsJson),
            ("metrics", run.MetricsJson), ("message", run.Message), ("limit", run.TimeLimitSeconds),
            ("workers", run.Workers), ("seed", run.Seed), ("started", run.StartedAt.ToUniversalTime()),
            ("finished", run.FinishedAt.ToUniversalTime()), ("by", run.CreatedBy));
        await CopyRowsAsync(conn, id, run.Plan, ct);
        foreach (var file in run.Files)
        {
            await Sql.ExecuteAsync(conn, tx, "insert into run_files (run_id, name, sha256, content) values (@r, @n, @s, @c)", ct,
                ("r", id), ("n", file.Name), ("s", Convert.ToHexStringLower(SHA256.HashData(file.Content))), ("c", file.Content));
        }
        await AuditLog.AppendAsync(conn, tx, run.County, run.CreatedBy, "run.stored", $"run:{id}",
            new { version_id = run.VersionId, job_id = run.JobId, exit_code = run.ExitCode, run.Status, rows = run.Plan.Assignments.Count }, ct);
        return id;
    }

    private static async Task CopyRowsAsync(NpgsqlConnection conn, long runId, Plan plan, CancellationToken ct)
    {
        await using var w = await conn.BeginBinaryImportAsync("""
            copy plan_rows (run_id, ordinal, teacher_id, teacher_name, kind, from_school_id, to_school_id, stage,
                subject, share, start_date, end_date, reason) from stdin (format binary)
            """, ct);
        var rows = plan.Assignments;
        for (var i = 0; i < rows.Count; i++)
        {
            var a = rows[i];
            await w.StartRowAsync(ct);
            await w.WriteAsync(runId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(i, NpgsqlDbType.Integer, ct);
            await w.WriteTextAsync(a.TeacherId.Value, ct);
            await w.WriteTextAsync(a.TeacherName, ct);
            await w.WriteTextAsync(Codes.Kind.Code(a.Kind), ct);
            await w.WriteTextAsync(a.From.Value, ct);
            await w.WriteTextAsync(a.To.Value, ct);
            await w.WriteTextAsync(Codes.Stage.Code(a.Stage), ct);
            await w.WriteOrNullAsync(a.Subject?.ToString(), ct);
            await w.WriteAsync(a.Share, NpgsqlDbType.Numeric, ct);
            await w.WriteAsync(a.StartDate, NpgsqlDbType.Date, ct);
            await w.WriteAsync(a.EndDate, NpgsqlDbType.Date, ct);
            await w.WriteTextAsync(a.Reason, ct);
        }
        await w.CompleteAsync(ct);
    }
}
