using System.Security.Claims;
using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Checks each request's session against the server: the session row must be neither revoked (logout) nor
/// past its absolute end, and the account must be enabled with the password the session began with (the
/// session's stamp no longer matches the stored hash after a reset), not only the cookie unexpired.
/// </summary>
public static class AccountSessions
{
    public const string StampClaim = "password_stamp";
    public const string SessionClaim = "session";

    /// <summary>The identity of a session: the user's claims, the stamp of the account's password, the session's id.</summary>
    public static ClaimsPrincipal Principal(Portal user, Account account, string session) =>
        new(new ClaimsIdentity(user.Claims()
                .Append(new Claim(StampClaim, Passwords.Stamp(account)))
                .Append(new Claim(SessionClaim, session)),
            CookieAuthenticationDefaults.AuthenticationScheme));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
        {
            return;
        }
        var user = Portal.Of(principal);
        var services = context.HttpContext.RequestServices;
        var ct = context.HttpContext.RequestAborted;
        var account = await services.GetRequiredService<AccountStore>().FindAsync(user.County, user.Login, ct);
        var valid = account is { Disabled: false }
            && principal.FindFirstValue(StampClaim) == Passwords.Stamp(account)
            && principal.FindFirstValue(SessionClaim) is { } session
            && await services.GetRequiredService<SessionStore>().IsActiveAsync(session, user.County, user.Login, ct);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
