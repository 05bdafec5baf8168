using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>Portal accounts: creation, lookup and the failed-login counter that throttles guessing.</summary>
public sealed class AccountStore(NpgsqlDataSource dataSource)
{
    /// <summary>Creates the account (and its county row if missing); false when the login is taken.</summary>
    public async Task<bool> CreateAsync(Account account, string actor, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Sql.ExecuteAsync(conn, tx, "insert into counties (county, name) values (@c, @c) on conflict do nothing", ct,
            ("c", account.County));
        var inserted = await Sql.ExecuteAsync(conn, tx, """
            insert into accounts (county, login, display_name, role, school_id, password_hash)
            values (@c, @l, @d, @r, @s, @h) on conflict do nothing
            """, ct, ("c", account.County), ("l", account.Login), ("d", account.DisplayName), ("r", account.Role),
            ("s", account.SchoolId), ("h", account.PasswordHash));
        if (inserted == 1)
        {
            await AuditLog.AppendAsync(conn, tx, account.County, actor, "account.created", $"account:{account.Login}",
                new { account.Role, school_id = account.SchoolId }, ct);
        }
        await tx.CommitAsync(ct);
        return inserted == 1;
    }

    public async Task<Account?> FindAsync(string county, string login, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            select county, login, display_name, role, school_id, password_hash, failed_logins, locked_until
            from accounts where county = @c and login = @l
            """, ("c", county), ("l", login));
        return await Rows.FirstAsync(cmd, r => new Account(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.NullableString(4), r.NullableString(5), r.GetInt32(6), r.NullableStruct<DateTimeOffset>(7)), ct);
    }

    /// <summary>Counts a failed login; at <paramref name="limit"/> failures the account is locked for <paramref name="lockout"/>.</summary>
    public async Task RecordFailureAsync(string county, string login, int limit, TimeSpan lockout, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var changed = await Sql.ExecuteAsync(conn, tx, """
            update accounts set
                failed_logins = case when failed_logins + 1 >= @limit then 0 else failed_logins + 1 end,
                locked_until = case when failed_logins + 1 >= @limit then now() + @lockout else locked_until end
            where county = @c and login = @l
            """, ct, ("c", county), ("l", login), ("limit", limit), ("lockout", lockout));
        if (changed == 1)
        {
            await AuditLog.AppendAsync(conn, tx, county, login, "login.failed", $"account:{login}", new { }, ct);
        }
        await tx.CommitAsync(ct);
    }

    public async Task RecordSuccessAsync(string county, string login, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Sql.ExecuteAsync(conn, tx, "update accounts set failed_logins = 0, locked_until = null where county = @c and login = @l",
            ct, ("c", county), ("l", login));
        await AuditLog.AppendAsync(conn, tx, county, login, "login.succeeded", $"account:{login}", new { }, ct);
        await tx.CommitAsync(ct);
    }
}
