using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>
/// Login attempts counted per login name and client address: one address that keeps failing on a login is
/// kept waiting, while the same account still signs in from anywhere else. Whether the login exists makes no
/// difference, so the throttle tells nothing about which accounts exist. An attempt is reserved in one
/// statement before the password is checked, so parallel guesses queue on the row and cannot pass the limit.
/// </summary>
public sealed class LoginThrottle(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Takes one of the address's attempts on the login; false when they are used up and the lockout has not
    /// ended (the first refusal starts it). A success gives them back (<see cref="ClearAsync"/>).
    /// </summary>
    public async Task<bool> TryReserveAsync(string county, string login, string address, int limit, TimeSpan lockout, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, """
            insert into login_throttle as t (county, login, address, attempts) values (@c, @l, @a, 1)
            on conflict (county, login, address) do update set
                attempts = case when t.locked_until <= now() then 1 else t.attempts + 1 end,
                locked_until = case
                    when t.locked_until <= now() then null
                    when t.locked_until is null and t.attempts + 1 > @limit then now() + @lockout
                    else t.locked_until end,
                updated_at = now()
            returning attempts <= @limit
            """, ("c", county), ("l", login), ("a", address), ("limit", limit), ("lockout", lockout));
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Gives the address its attempts back after a successful login, and forgets rows idle for a day.</summary>
    public async Task ClearAsync(string county, string login, string address, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await Sql.ExecuteAsync(conn, null, """
            delete from login_throttle
            where (county = @c and login = @l and address = @a) or updated_at < now() - interval '1 day'
            """, ct, ("c", county), ("l", login), ("a", address));
    }
}
