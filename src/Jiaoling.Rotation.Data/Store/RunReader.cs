using Jiaoling.Rotation.Domain;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>Reads stored runs, their plan rows and output files; every query is scoped to one county.</summary>
public sealed class RunReader(NpgsqlDataSource dataSource)
{
    public async Task<StoredRun?> GetAsync(string county, long runId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select r.id, r.county, r.version_id, r.job_id, r.exit_code, r.status, r.solver_seconds, r.gap, r.message,
                   r.started_at, r.finished_at, r.created_by, (select count(*)::int from plan_rows p where p.run_id = r.id)
            from plan_runs r where r.county = @c and r.id = @id
            """, ("c", county), ("id", runId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }
        return new StoredRun(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.NullableStruct<long>(3), r.GetInt32(4),
            r.GetString(5), r.NullableStruct<double>(6), r.NullableStruct<double>(7), r.NullableString(8),
            r.GetFieldValue<DateTimeOffset>(9), r.GetFieldValue<DateTimeOffset>(10), r.GetString(11), r.GetInt32(12));
    }

    /// <summary>The stored metrics.json of a run, or null.</summary>
    public async Task<string?> MetricsAsync(long runId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, "select metrics::text from plan_runs where id = @id", ("id", runId));
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    public async Task<Plan> PlanAsync(long runId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select teacher_id, teacher_name, kind, from_school_id, to_school_id, stage, subject, share, start_date, end_date, reason
            from plan_rows where run_id = @id order by ordinal
            """, ("id", runId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<Assignment>();
        while (await r.ReadAsync(ct))
        {
            rows.Add(new Assignment
            {
                TeacherId = new TeacherId(r.GetString(0)),
                TeacherName = r.GetString(1),
                Kind = StoredCode.Parse(Codes.Kind, r.GetString(2), "plan_rows.kind"),
                From = new SchoolId(r.GetString(3)),
                To = new SchoolId(r.GetString(4)),
                Stage = StoredCode.Parse(Codes.Stage, r.GetString(5), "plan_rows.stage"),
                Subject = r.NullableString(6) is { } s ? StoredCode.Subject(s) : null,
                Share = r.GetDecimal(7),
                StartDate = r.GetFieldValue<DateOnly>(8),
                EndDate = r.GetFieldValue<DateOnly>(9),
                Reason = r.GetString(10),
            });
        }
        return new Plan(rows);
    }

    public async Task<IReadOnlyList<StoredFile>> FilesAsync(long runId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null,
            "select name, sha256, length(content) from run_files where run_id = @id order by name", ("id", runId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var files = new List<StoredFile>();
        while (await r.ReadAsync(ct))
        {
            files.Add(new StoredFile(r.GetString(0), r.GetString(1), r.GetInt32(2)));
        }
        return files;
    }

    public async Task<byte[]?> FileAsync(long runId, string name, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, "select content from run_files where run_id = @id and name = @n",
            ("id", runId), ("n", name));
        return await cmd.ExecuteScalarAsync(ct) as byte[];
    }
}
