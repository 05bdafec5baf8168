using System.Security.Claims;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Planning;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Web;

/// <summary>The login page at <c>/</c>, sign-in with throttled failures, and sign-out.</summary>
public static class LoginEndpoints
{
    public const string RateLimit = "login";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) =>
            context.User.Identity?.IsAuthenticated == true
                ? Results.Redirect(Portal.Of(context.User).IsHr ? "/hr" : "/school")
                : (IResult)LoginPage(null, 200));
        app.MapPost("/login", LoginAsync).AddEndpointFilter<AntiforgeryFilter>().RequireRateLimiting(RateLimit);
        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/");
        }).AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<IResult> LoginAsync(HttpContext context, AccountStore accounts,
        IOptions<StoreOptions> store, IOptions<ReviewOptions> review, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        var login = form["login"].ToString().Trim();
        var password = form["password"].ToString();
        var county = store.Value.County;
        var account = login.Length == 0 ? null : await accounts.FindAsync(county, login, ct);
        if (account?.LockedUntil > DateTimeOffset.UtcNow)
        {
            return LoginPage("登录失败次数过多，账号已暂时锁定，请稍后再试。", 429);
        }
        if (account is null || !Passwords.Verify(account, password))
        {
            if (account is not null)
            {
                await accounts.RecordFailureAsync(county, login, review.Value.MaxFailedLogins, review.Value.Lockout, ct);
            }
            return LoginPage("账号或密码不正确。", 401);
        }
        if (account.Disabled)
        {
            return LoginPage("该账号已停用，请联系人事股。", 403);
        }
        await accounts.RecordSuccessAsync(county, login, ct);
        var user = new Portal(county, account.Login, account.DisplayName, account.Role, account.SchoolId);
        var identity = new ClaimsIdentity(user.Claims().Append(new Claim(AccountSessions.StampClaim, Passwords.Stamp(account))),
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(user.IsHr ? "/hr" : "/school");
    }

    private static PortalPage LoginPage(string? error, int status) => new(PortalPage.Login, "登录", new { Error = error }, status);
}
