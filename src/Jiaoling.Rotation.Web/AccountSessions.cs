using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Checks each request's session against its account: a session ends when HR disables the account or
/// resets its password (the session's stamp no longer matches the stored hash), not only when it expires.
/// </summary>
public static class AccountSessions
{
    public const string StampClaim = "password_stamp";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
        {
            return;
        }
        var user = Portal.Of(principal);
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
        var account = await accounts.FindAsync(user.County, user.Login, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled || principal.FindFirst(StampClaim)?.Value != Passwords.Stamp(account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
