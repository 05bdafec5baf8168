using System.Text.Json;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>The append-only audit log: who did what to which subject, with details as JSON.</summary>
public static class AuditLog
{
    public static Task AppendAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string county, string actor,
        string action, string subject, object details, CancellationToken ct) =>
        Sql.ExecuteAsync(conn, tx, """
            insert into audit_log (county, actor, action, subject, details) values (@c, @a, @act, @s, @d::jsonb)
            """, ct, ("c", county), ("a", actor), ("act", action), ("s", subject), ("d", JsonSerializer.Serialize(details)));
}
