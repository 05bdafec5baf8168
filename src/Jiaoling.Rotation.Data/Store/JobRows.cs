using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>The columns of plan_jobs every job query selects, and their reading.</summary>
internal static class JobRows
{
    public const string Columns = """
        id, county, dataset_name, version_id, status, time_limit_seconds, workers, seed, requested_by, requested_at,
        attempts, host, started_at, finished_at, cancel_requested, progress_level, progress_objective, progress_bound,
        progress_elapsed, run_id, exit_code, error, previous_run_id, approved_teachers
        """;

    public static PlanJob Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetInt64(0),
        County = r.GetString(1),
        DatasetName = r.GetString(2),
        VersionId = r.GetInt64(3),
        Status = r.GetString(4),
        TimeLimitSeconds = r.GetDouble(5),
        Workers = r.GetInt32(6),
        Seed = r.GetInt32(7),
        RequestedBy = r.GetString(8),
        RequestedAt = r.GetFieldValue<DateTimeOffset>(9),
        Attempts = r.GetInt32(10),
        Host = r.NullableString(11),
        StartedAt = r.NullableStruct<DateTimeOffset>(12),
        FinishedAt = r.NullableStruct<DateTimeOffset>(13),
        CancelRequested = r.GetBoolean(14),
        Progress = r.IsDBNull(18)
            ? null
            : new JobProgress(r.NullableString(15), r.NullableStruct<double>(16), r.NullableStruct<double>(17), r.GetDouble(18)),
        RunId = r.NullableStruct<long>(19),
        ExitCode = r.NullableStruct<int>(20),
        Error = r.NullableString(21),
        PreviousRunId = r.NullableStruct<long>(22),
        ApprovedTeachers = r.GetFieldValue<string[]>(23),
    };

    public static async Task<PlanJob?> SingleAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? Read(r) : null;
    }
}
