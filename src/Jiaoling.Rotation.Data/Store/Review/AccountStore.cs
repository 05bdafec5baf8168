using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>
/// Portal accounts: creation, lookup, HR's password resets and disabling, a user's change of the own
/// password, and the audit lines of logins
/// (the attempts themselves are counted by <see cref="LoginThrottle"/>). Every change is written to the audit
/// log in the same transaction.
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

    /// <summary>
    /// Replaces the password hash and gives every address its login attempts back; false when there is no
    /// such account.
    /// </summary>
    public Task<bool> ResetPasswordAsync(string county, string login, string passwordHash, string actor, CancellationToken ct) =>
        ChangeAsync(county, login, actor, "account.password_reset", "password_hash = @h", "true", ct, ("h", passwordHash));

    /// <summary>
    /// The user's own change of password: replaces the hash only while it is still <paramref name="currentHash"/>
    /// (the one the user proved by typing the current password) and the account is enabled, so two changes at
    /// once cannot both succeed; false otherwise. The user is the actor in the audit log.
    /// </summary>
    public Task<bool> ChangeOwnPasswordAsync(string county, string login, string currentHash, string passwordHash, CancellationToken ct) =>
        ChangeAsync(county, login, login, "account.password_changed", "password_hash = @h",
            "password_hash = @old and not disabled", ct, ("h", passwordHash), ("old", currentHash));

    /// <summary>Disables or enables the account; false when there is no such account.</summary>
    public Task<bool> SetDisabledAsync(string county, string login, bool disabled, string actor, CancellationToken ct) =>
        ChangeAsync(county, login, actor, disabled ? "account.disabled" : "account.enabled", "disabled = @d", "true", ct, ("d", disabled));

    /// <summary>
    /// Writes a failed login to the audit log, with the address it came from; also for logins that do not
    /// exist, which shows probing.
    /// </summary>
    public Task RecordFailureAsync(string county, string login, string address, CancellationToken ct) =>
        RecordAsync(county, login, "login.failed", address, ct);

    public Task RecordSuccessAsync(string county, string login, string address, CancellationToken ct) =>
        RecordAsync(county, login, "login.succeeded", address, ct);

    /// <summary>Writes to the audit log that someone signed in as the user typed a wrong current password when changing it.</summary>
    public Task RecordWrongCurrentPasswordAsync(string county, string login, string address, CancellationToken ct) =>
        RecordAsync(county, login, "account.password_change_refused", address, ct);

    private async Task RecordAsync(string county, string login, string action, string address, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await AuditLog.AppendAsync(conn, tx, county, login, action, $"account:{login}", new { address }, ct);
        await tx.CommitAsync(ct);
    }

    private async Task<bool> ChangeAsync(string county, string login, string actor, string action, string assignments,
        string condition, CancellationToken ct, params (string Name, object? Value)[] values)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var changed = await Sql.ExecuteAsync(conn, tx, $"update accounts set {assignments} where county = @c and login = @l and {condition}", ct,
            [("c", county), ("l", login), .. values]);
        if (changed == 1)
        {
            await AuditLog.AppendAsync(conn, tx, county, actor, action, $"account:{login}", new { }, ct);
            await Sql.ExecuteAsync(conn, tx, "delete from login_throttle where county = @c and login = @l", ct, ("c", county), ("l", login));
        }
        await tx.CommitAsync(ct);
        return changed == 1;
    }

    private static Account Read(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
        r.NullableString(4), r.NullableString(5), r.GetInt32(6), r.NullableStruct<DateTimeOffset>(7), r.GetBoolean(8));
}
