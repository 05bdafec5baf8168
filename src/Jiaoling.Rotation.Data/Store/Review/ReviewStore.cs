using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>
/// The run under review and principals' verdicts on its rows. A verdict names the version it answers:
/// the insert of version n+1 fails on the unique key when someone else already wrote it, so concurrent
/// answers never overwrite each other silently.
/// </summary>
public sealed class ReviewStore(NpgsqlDataSource dataSource)
{
    /// <summary>The newest run of the county that ended with exit code 0, or null.</summary>
    public async Task<CurrentRun?> CurrentRunAsync(string county, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select r.id, v.dataset_name, r.version_id, r.finished_at from plan_runs r
            join dataset_versions v on v.id = r.version_id
            where r.county = @c and r.exit_code = 0 order by r.id desc limit 1
            """, ("c", county));
        return await Rows.FirstAsync(cmd, r => new CurrentRun(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetFieldValue<DateTimeOffset>(3)), ct);
    }

    /// <summary>
    /// Stores a verdict as version <paramref name="expectedVersion"/> + 1; returns it, or null when the row's
    /// stored version is not <paramref name="expectedVersion"/> (someone answered first, or the form's version
    /// is made up): the caller reloads and answers again.
    /// </summary>
    public async Task<RowReview?> SubmitAsync(string county, long runId, string teacherId, string schoolId, int expectedVersion,
        string verdict, string reason, string login, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        try
        {
            await using var cmd = Sql.Command(conn, tx, """
                insert into row_reviews (county, run_id, teacher_id, school_id, version, verdict, reason, login)
                select @c, @r, @t, @s, stored.version + 1, @verdict, @reason, @l
                from (select coalesce(max(version), 0) as version from row_reviews
                      where run_id = @r and teacher_id = @t and school_id = @s) stored
                where stored.version = @v
                returning id, run_id, teacher_id, school_id, version, verdict, reason, login, at
                """, ("c", county), ("r", runId), ("t", teacherId), ("s", schoolId), ("v", (long)expectedVersion),
                ("verdict", verdict), ("reason", reason), ("l", login));
            if (await Rows.FirstAsync(cmd, Read, ct) is not { } review)
            {
                return null;
            }
            await AuditLog.AppendAsync(conn, tx, county, login, $"review.{verdict}", $"run:{runId}/teacher:{teacherId}",
                new { school_id = schoolId, review.Version, reason }, ct);
            await tx.CommitAsync(ct);
            return review;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return null;
        }
    }

    /// <summary>
    /// A school's "全部同意": approves, as version 1, each of the given rows that the school has not answered
    /// yet, all in one transaction with an audit line per row. A row the school has answered in the meantime
    /// (an objection above all) keeps its answer: the unique key skips it. Returns the teachers approved.
    /// </summary>
    public async Task<IReadOnlyList<string>> ApproveUnansweredAsync(string county, long runId, string schoolId,
        IReadOnlyCollection<string> teacherIds, string reason, string login, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using var cmd = Sql.Command(conn, tx, """
            insert into row_reviews (county, run_id, teacher_id, school_id, version, verdict, reason, login)
            select @c, @r, t, @s, 1, 'approve', @reason, @l from unnest(@t::text[]) t
            where not exists (select 1 from row_reviews where run_id = @r and teacher_id = t and school_id = @s)
            on conflict do nothing
            returning teacher_id
            """, ("c", county), ("r", runId), ("s", schoolId), ("t", teacherIds.Distinct().ToArray()), ("reason", reason), ("l", login));
        var approved = await Rows.ListAsync(cmd, r => r.GetString(0), ct);
        foreach (var teacherId in approved)
        {
            await AuditLog.AppendAsync(conn, tx, county, login, "review.approve", $"run:{runId}/teacher:{teacherId}",
                new { school_id = schoolId, version = 1, reason, all = true }, ct);
        }
        await tx.CommitAsync(ct);
        return approved;
    }

    /// <summary>The current (highest-version) verdict of every reviewed row of a run, optionally of one school.</summary>
    public async Task<IReadOnlyList<RowReview>> CurrentAsync(string county, long runId, string? schoolId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select distinct on (teacher_id, school_id) id, run_id, teacher_id, school_id, version, verdict, reason, login, at
            from row_reviews where county = @c and run_id = @r and (@s::text is null or school_id = @s)
            order by teacher_id, school_id, version desc
            """, ("c", county), ("r", runId), ("s", schoolId));
        return await Rows.ListAsync(cmd, Read, ct);
    }

    /// <summary>Every objection in the county (all runs) that its school has not since replaced by a later answer, newest first.</summary>
    public async Task<IReadOnlyList<RowReview>> ObjectionsAsync(string county, string? schoolId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select id, run_id, teacher_id, school_id, version, verdict, reason, login, at from row_reviews r
            where county = @c and verdict = 'object' and (@s::text is null or school_id = @s)
              and not exists (select 1 from row_reviews n where n.run_id = r.run_id and n.teacher_id = r.teacher_id
                              and n.school_id = r.school_id and n.version > r.version)
            order by id desc
            """, ("c", county), ("s", schoolId));
        return await Rows.ListAsync(cmd, Read, ct);
    }

    public async Task<RowReview?> GetAsync(string county, long id, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select id, run_id, teacher_id, school_id, version, verdict, reason, login, at from row_reviews
            where county = @c and id = @id
            """, ("c", county), ("id", id));
        return await Rows.FirstAsync(cmd, Read, ct);
    }

    private static RowReview Read(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3),
        r.GetInt32(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetFieldValue<DateTimeOffset>(8));
}
