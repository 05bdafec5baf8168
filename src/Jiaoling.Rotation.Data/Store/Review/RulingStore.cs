using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>HR's rulings (stored in <c>review_decisions</c>) and the publication steps of runs.</summary>
public sealed class RulingStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Stores HR's ruling; when it answers an objection (<paramref name="reviewId"/>), returns null instead if
    /// the objection was answered already or its school has since replaced it (withdrawn it): of two HR users
    /// ruling on one objection at once, one wins.
    /// </summary>
    public async Task<Ruling?> AddAsync(string county, string datasetName, long runId, string teacherId, string decision,
        string? schoolId, string login, string? note, long? reviewId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (reviewId is { } review && !await OpenAsync(conn, tx, review, ct))
        {
            return null;
        }
        await using var cmd = Sql.Command(conn, tx, """
            insert into review_decisions (county, dataset_name, run_id, teacher_id, decision, school_id, decided_by, note, review_id)
            values (@c, @n, @r, @t, @d, @s, @l, @note, @rev)
            returning id, run_id, teacher_id, decision, school_id, decided_by, decided_at, note, review_id
            """, ("c", county), ("n", datasetName), ("r", runId), ("t", teacherId), ("d", decision), ("s", schoolId),
            ("l", login), ("note", note), ("rev", reviewId));
        var ruling = (await Rows.FirstAsync(cmd, Read, ct))!;
        await AuditLog.AppendAsync(conn, tx, county, login, $"ruling.{decision}", $"run:{runId}/teacher:{teacherId}",
            new { school_id = schoolId, review_id = reviewId, note }, ct);
        await tx.CommitAsync(ct);
        return ruling;
    }

    /// <summary>
    /// Whether the objection may still be ruled on: no ruling answers it and it is its row's current answer.
    /// Rulings on one objection queue on a lock until the first one commits.
    /// </summary>
    private static async Task<bool> OpenAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long reviewId, CancellationToken ct)
    {
        await Sql.ExecuteAsync(conn, tx, "select pg_advisory_xact_lock(hashtext('ruling'), hashtext(@id::text))", ct, ("id", reviewId));
        return await Sql.ScalarAsync<bool>(conn, tx, """
            select not exists (select 1 from review_decisions where review_id = @id)
               and not exists (select 1 from row_reviews r join row_reviews later
                               on later.run_id = r.run_id and later.teacher_id = r.teacher_id
                              and later.school_id = r.school_id and later.version > r.version
                               where r.id = @id)
            """, ct, ("id", reviewId));
    }

    /// <summary>Every ruling on a dataset, oldest first (a later ruling on a teacher replaces an earlier one).</summary>
    public async Task<IReadOnlyList<Ruling>> AllAsync(string county, string datasetName, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select id, run_id, teacher_id, decision, school_id, decided_by, decided_at, note, review_id from review_decisions
            where county = @c and dataset_name = @n order by id
            """, ("c", county), ("n", datasetName));
        return await Rows.ListAsync(cmd, Read, ct);
    }

    /// <summary>
    /// Publishes the provisional list of a run. The final plan goes through
    /// <see cref="Register.RegisterWriter.PublishFinalAsync"/>, which also fills the register.
    /// </summary>
    public async Task<Publication> PublishProvisionalAsync(string county, string datasetName, long runId, DateOnly deadline,
        string login, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var publication = await InsertPublicationAsync(conn, tx, county, datasetName, runId, "provisional", deadline, login, new { deadline }, ct);
        await tx.CommitAsync(ct);
        return publication;
    }

    /// <summary>Appends a publication step of a run and its audit entry (<c>publish.STAGE</c>) inside the caller's transaction.</summary>
    internal static async Task<Publication> InsertPublicationAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string county,
        string datasetName, long runId, string stage, DateOnly? deadline, string login, object details, CancellationToken ct)
    {
        await using var cmd = Sql.Command(conn, tx, """
            insert into publications (county, dataset_name, run_id, stage, deadline, login) values (@c, @n, @r, @s, @d, @l)
            returning id, run_id, stage, deadline, login, at
            """, ("c", county), ("n", datasetName), ("r", runId), ("s", stage), ("d", deadline), ("l", login));
        var publication = (await Rows.FirstAsync(cmd, ReadPublication, ct))!;
        await AuditLog.AppendAsync(conn, tx, county, login, $"publish.{stage}", $"run:{runId}", details, ct);
        return publication;
    }

    /// <summary>The publication steps of a run, oldest first.</summary>
    public async Task<IReadOnlyList<Publication>> PublicationsAsync(string county, long runId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null,
            "select id, run_id, stage, deadline, login, at from publications where county = @c and run_id = @r order by id",
            ("c", county), ("r", runId));
        return await Rows.ListAsync(cmd, ReadPublication, ct);
    }

    private static Ruling Read(NpgsqlDataReader r) => new(r.GetInt64(0), r.NullableStruct<long>(1), r.GetString(2), r.GetString(3),
        r.NullableString(4), r.GetString(5), r.GetFieldValue<DateTimeOffset>(6), r.NullableString(7), r.NullableStruct<long>(8));

    private static Publication ReadPublication(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2),
        r.NullableStruct<DateOnly>(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5));
}
