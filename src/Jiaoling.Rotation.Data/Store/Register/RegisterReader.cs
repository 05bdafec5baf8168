using Jiaoling.Rotation.Data.Store.Review;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>Reads the rotation register of a county: final plans, entries by teacher, by school or by search, histories.</summary>
public sealed class RegisterReader(NpgsqlDataSource dataSource)
{
    /// <summary>The final plan of a dataset version, or null when it has none.</summary>
    public async Task<FinalPlan?> FinalPlanAsync(string county, long versionId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, RegisterQueries.FinalPlans + " where f.county = @c and f.version_id = @v",
            ("c", county), ("v", versionId));
        return await Rows.FirstAsync(cmd, RegisterQueries.ReadFinal, ct);
    }

    /// <summary>Every final plan of the county, oldest year first.</summary>
    public async Task<IReadOnlyList<FinalPlan>> FinalPlansAsync(string county, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null,
            RegisterQueries.FinalPlans + " where f.county = @c order by f.plan_start_date, f.id", ("c", county));
        return await Rows.ListAsync(cmd, RegisterQueries.ReadFinal, ct);
    }

    /// <summary>The entries the query asks for, oldest first (by start date, then plan, then plan row).</summary>
    public async Task<IReadOnlyList<RegisterEntry>> EntriesAsync(string county, RegisterQuery query, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, RegisterQueries.Entries + """
             where e.county = @c
               and (@t::text is null or e.teacher_id = @t)
               and (@s::text is null or e.from_school_id = @s or e.to_school_id = @s)
               and (@q::text is null or e.teacher_id ilike @q or e.teacher_name ilike @q or e.from_school_id ilike @q
                    or e.from_school_name ilike @q or e.to_school_id ilike @q or e.to_school_name ilike @q)
             order by e.start_date, f.id, e.ordinal limit @n
            """, ("c", county), ("t", query.TeacherId), ("s", query.SchoolId),
            ("q", string.IsNullOrWhiteSpace(query.Text) ? null : RegisterQueries.Contains(query.Text.Trim())), ("n", query.Limit));
        return await Rows.ListAsync(cmd, RegisterQueries.ReadEntry, ct);
    }

    /// <summary>Every entry of the county, oldest first (what the fairness counts take).</summary>
    public Task<IReadOnlyList<RegisterEntry>> AllAsync(string county, CancellationToken ct) => EntriesAsync(county, new(), ct);

    /// <summary>A teacher's history: every school worked at since the first import, and every register entry.</summary>
    public async Task<TeacherHistory> HistoryAsync(string county, string teacherId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select v.dataset_name, v.version, (v.policy->>'plan_start_date')::date, t.name, t.school_id, s.name,
                   t.post_school_id, p.name, t.role
            from dataset_versions v
            join teachers t on t.version_id = v.id and t.teacher_id = @t
            join schools s on s.version_id = v.id and s.school_id = t.school_id
            left join schools p on p.version_id = v.id and p.school_id = t.post_school_id
            where v.county = @c order by 3, v.id
            """, ("c", county), ("t", teacherId));
        var postings = await Rows.ListAsync(cmd, r => new Posting(r.GetString(0), r.GetInt32(1), r.GetFieldValue<DateOnly>(2),
            r.GetString(3), r.GetString(4), r.GetString(5), r.NullableString(6), r.NullableString(7), r.GetString(8)), ct);
        var entries = await EntriesAsync(county, new RegisterQuery(TeacherId: teacherId), ct);
        return TeacherHistory.Of(teacherId, postings, entries);
    }

    /// <summary>
    /// The plan start date of the county's newest year: the latest plan start of any dataset version, or null
    /// when the county has none. Years since a rotation are counted to this date.
    /// </summary>
    public async Task<DateOnly?> LatestPlanStartAsync(string county, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null,
            "select max((policy->>'plan_start_date')::date) from dataset_versions where county = @c", ("c", county));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? r.NullableStruct<DateOnly>(0) : null;
    }
}
