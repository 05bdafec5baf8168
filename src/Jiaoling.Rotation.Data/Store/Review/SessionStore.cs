using System.Security.Cryptography;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>
/// Portal sessions kept on the server: each sign-in is a row with an absolute end, and signing out revokes it,
/// so a cookie copied before logout, or kept alive by activity past the end, is refused.
/// </summary>
public sealed class SessionStore(NpgsqlDataSource dataSource)
{
    /// <summary>Starts a session of the account that ends after <paramref name="lifetime"/> at the latest; returns its id.</summary>
    public async Task<string> StartAsync(string county, string login, TimeSpan lifetime, CancellationToken ct)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await Sql.ExecuteAsync(conn, null, """
            insert into portal_sessions (id, county, login, expires_at) values (@id, @c, @l, now() + @lifetime)
            """, ct, ("id", id), ("c", county), ("l", login), ("lifetime", lifetime));
        return id;
    }

    /// <summary>Whether the session is the account's, not revoked and not past its end.</summary>
    public async Task<bool> IsActiveAsync(string id, string county, string login, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        return await Sql.ScalarAsync<bool>(conn, null, """
            select exists (select 1 from portal_sessions
                           where id = @id and county = @c and login = @l and revoked_at is null and expires_at > now())
            """, ct, ("id", id), ("c", county), ("l", login));
    }

    /// <summary>Ends the session for good (logout), and forgets sessions that ended a day ago.</summary>
    public async Task RevokeAsync(string id, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await Sql.ExecuteAsync(conn, null, """
            update portal_sessions set revoked_at = now() where id = @id and revoked_at is null;
            delete from portal_sessions where expires_at < now() - interval '1 day';
            """, ct, ("id", id));
    }
}
