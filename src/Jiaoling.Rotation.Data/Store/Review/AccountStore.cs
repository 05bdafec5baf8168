using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>
/// Portal accounts: creation, lookup, HR's password resets and disabling, and the failed-login counter
/// that throttles guessing. Every change is written to the audit log in the same transaction.
/// </summary>
public sealed class AccountStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "county, login, display_name, role, school_id, password_hash, failed_logins, locked_until, disabled";

    /// <summary>
    /// Creates the account (and its county row if missing); false when the login is taken or, with
    /// <paramref name="onePerSchool"/>, when the account is a principal's and the school already has one.
    /// </summary>
    public async Task<bool> CreateAsync(Account account, string actor, CancellationToken ct, bool onePerSchool = false)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Sql.ExecuteAsync(conn, tx, "insert into counties (county, name) values (@c, @c) on conflict do nothing", ct,
            ("c", account.County));
        // Serialises creations for one school so that two at once cannot both pass the "has none" test.
        await Sql.ExecuteAsync(conn, tx, "select pg_advisory_xact_lock(hashtext(@c || '/' || coalesce(@s, '')))", ct,
            ("c", account.County), ("s", account.SchoolId));
        var inserted = await Sql.ExecuteAsync(conn, tx, """
            insert into accounts (county, login, display_name, role, school_id, password_hash)
            select @c, @l, @d, @r, @s::text, @h::text
            where not (@unique and @r = 'principal' and exists (
                select 1 from accounts where county = @c and role = 'principal' and school_id = @s))
            on conflict do nothing
            """, ct, ("c", account.County), ("l", account.Login), ("d", account.DisplayName), ("r", account.Role),
            ("s", account.SchoolId), ("h", account.PasswordHash), ("unique", onePerSchool));
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
        await using var cmd = Sql.Command(conn, null, $"select {Columns} from accounts where county = @c and login = @l",
            ("c", county), ("l", login));
        return await Rows.FirstAsync(cmd, Read, ct);
    }

    /// <summary>Every account of the county: HR and admins first, then principals by school.</summary>
    public async Task<IReadOnlyList<Account>> ListAsync(string county, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, $"""
            select {Columns} from accounts where county = @c
            order by role = 'principal', school_id nulls first, login
            """, ("c", county));
        return await Rows.ListAsync(cmd, Read, ct);
    }

    /// <summary>Replaces the password hash and clears the lockout; false when there is no such account.</summary>
    public Task<bool> ResetPasswordAsync(string county, string login, string passwordHash, string actor, CancellationToken ct) =>
        ChangeAsync(county, login, actor, "account.password_reset",
            "password_hash = @h, failed_logins = 0, locked_until = null", ct, ("h", passwordHash));

    /// <summary>Disables or enables the account; false when there is no such account.</summary>
    public Task<bool> SetDisabledAsync(string county, string login, bool disabled, string actor, CancellationToken ct) =>
        ChangeAsync(county, login, actor, disabled ? "account.disabled" : "account.enabled", "disabled = @d", ct, ("d", disabled));

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

    private async Task<bool> ChangeAsync(string county, string login, string actor, string action, string assignments,
        CancellationToken ct, params (string Name, object? Value)[] values)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var changed = await Sql.ExecuteAsync(conn, tx, $"update accounts set {assignments} where county = @c and login = @l", ct,
            [("c", county), ("l", login), .. values]);
        if (changed == 1)
        {
            await AuditLog.AppendAsync(conn, tx, county, actor, action, $"account:{login}", new { }, ct);
        }
        await tx.CommitAsync(ct);
        return changed == 1;
    }

    private static Account Read(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
        r.NullableString(4), r.NullableString(5), r.GetInt32(6), r.NullableStruct<DateTimeOffset>(7), r.GetBoolean(8));
}
