using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>Reads a county's audit log, newest first.</summary>
public sealed class AuditReader(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(string county, int limit, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select id, at, actor, action, subject, details::text from audit_log where county = @c order by id desc limit @n
            """, ("c", county), ("n", limit));
        return await Rows.ListAsync(cmd, r => new AuditEntry(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2),
            r.GetString(3), r.GetString(4), r.GetString(5)), ct);
    }
}
