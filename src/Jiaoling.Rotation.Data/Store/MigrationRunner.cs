using System.Net.Sockets;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>
/// Applies the embedded migrations in order, each in its own transaction, and records them in
/// <c>schema_migrations</c>. Concurrent runners (several hosts starting at once) queue on an advisory lock.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource)
{
    // Arbitrary constant key of the advisory lock that serialises migrators ("JLRM").
    private const long LockKey = 0x4A4C524D;

    /// <summary>Applies the migrations not yet applied; returns their versions.</summary>
    public async Task<IReadOnlyList<int>> ApplyAsync(CancellationToken ct)
    {
        await using var conn = await OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Sql.ExecuteAsync(conn, tx, "select pg_advisory_xact_lock(@key)", ct, ("key", LockKey));
        await Sql.ExecuteAsync(conn, tx, """
            create table if not exists schema_migrations (
                version     integer primary key,
                name        text not null,
                sha256      text not null,
                applied_at  timestamptz not null default now())
            """, ct);
        var applied = await ReadAppliedAsync(conn, tx, ct);
        EnsureKnown(applied);
        var done = new List<int>();
        foreach (var migration in Migration.All.Where(m => !applied.ContainsKey(m.Version)))
        {
            await using (var batch = new NpgsqlCommand(migration.Sql, conn, tx))
            {
                await batch.ExecuteNonQueryAsync(ct);
            }
            await Sql.ExecuteAsync(conn, tx, "insert into schema_migrations (version, name, sha256) values (@v, @n, @s)", ct,
                ("v", migration.Version), ("n", migration.Name), ("s", migration.Sha256));
            done.Add(migration.Version);
        }
        await tx.CommitAsync(ct);
        return done;
    }

    /// <summary>
    /// Checks that the database answers and its schema is exactly the one this code knows; throws a
    /// <see cref="StoreException"/> saying what to do otherwise.
    /// </summary>
    public async Task VerifyAsync(CancellationToken ct)
    {
        await using var conn = await OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select to_regclass('schema_migrations') is not null", conn);
        if (!(bool)(await exists.ExecuteScalarAsync(ct))!)
        {
            throw new StoreException("数据库尚未建立表结构：请先运行 migrate。");
        }
        var applied = await ReadAppliedAsync(conn, null, ct);
        EnsureKnown(applied);
        var missing = Migration.All.Where(m => !applied.ContainsKey(m.Version)).Select(m => m.Version).ToList();
        if (missing.Count > 0)
        {
            throw new StoreException($"数据库表结构版本落后（缺少迁移 {string.Join(", ", missing)}）：请先运行 migrate。");
        }
    }

    /// <summary>Opens a connection, turning "cannot reach the server" into one clear sentence.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            var builder = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            throw new StoreException(
                $"无法连接数据库 {builder.Host}:{builder.Port}/{builder.Database}（{e.Message}）：请检查 ConnectionStrings:Rotation 和数据库是否已启动。", e);
        }
    }

    private static void EnsureKnown(IReadOnlyDictionary<int, string> applied)
    {
        var unknown = applied.Keys.Where(v => v > Migration.Latest).Order().ToList();
        if (unknown.Count > 0)
        {
            throw new StoreException(
                $"数据库表结构版本 {unknown[^1]} 比本程序所知的 {Migration.Latest} 新：请升级本程序后再使用这个数据库。");
        }
        foreach (var m in Migration.All.Where(m => applied.TryGetValue(m.Version, out var sha) && sha != m.Sha256))
        {
            throw new StoreException($"数据库中已应用的迁移 {m.Name} 与本程序的脚本不一致：迁移脚本发布后不得修改。");
        }
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select version, sha256 from schema_migrations", conn, tx);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(ct))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }
        return applied;
    }
}
