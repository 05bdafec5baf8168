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

/// <summary>
/// The login page at <c>/</c>, sign-in and sign-out. Every failed sign-in gets the same answer after the
/// same work (an unknown login is checked against a dummy hash; a disabled account fails like a wrong
/// password), and attempts are counted per login and client address (<see cref="LoginThrottle"/>).
/// </summary>
public static class LoginEndpoints
{
    public const string RateLimit = "login";

    /// <summary>The one answer to every failed sign-in.</summary>
    public const string Failed = "账号或密码不正确，或账号已停用。";

    // Logins are at most 40 characters; a longer one cannot exist and is not worth a throttle row.
    private const int MaxLogin = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) =>
            context.User.Identity?.IsAuthenticated == true
                ? Results.Redirect(Portal.Of(context.User).IsHr ? "/hr" : "/school")
                : (IResult)LoginPage(null, 200));
        app.MapPost("/login", LoginAsync).AddEndpointFilter<AntiforgeryFilter>().RequireRateLimiting(RateLimit);
        app.MapPost("/logout", async (HttpContext context, SessionStore sessions, CancellationToken ct) =>
        {
            if (context.User.FindFirstValue(AccountSessions.SessionClaim) is { } session)
            {
                await sessions.RevokeAsync(session, ct);
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/");
        }).AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<IResult> LoginAsync(HttpContext context, AccountStore accounts, LoginThrottle throttle, SessionStore sessions,
        IOptions<StoreOptions> store, IOptions<ReviewOptions> review, CancellationToken ct)
    {
        var o = review.Value;
        var form = await context.Request.ReadFormAsync(ct);
        var login = form["login"].ToString().Trim();
        var password = form["password"].ToString();
        var county = store.Value.County;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        if (login.Length is 0 or > MaxLogin)
        {
            Passwords.Verify(null, password);
            return LoginPage(Failed, 401);
        }
        if (!await throttle.TryReserveAsync(county, login, address, o.MaxFailedLogins, o.Lockout, ct))
        {
            return LoginPage($"从您所在的网络登录该账号失败次数过多，请 {o.Lockout.TotalMinutes:0} 分钟后再试。", 429);
        }
        var account = await accounts.FindAsync(county, login, ct);
        if (!Passwords.Verify(account, password) || account!.Disabled)
        {
            await accounts.RecordFailureAsync(county, login, address, ct);
            return LoginPage(Failed, 401);
        }
        await throttle.ClearAsync(county, login, address, ct);
        await accounts.RecordSuccessAsync(county, account.Login, address, ct);
        var user = new Portal(county, account.Login, account.DisplayName, account.Role, account.SchoolId);
        var session = await sessions.StartAsync(county, account.Login, o.SessionLifetime, ct);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountSessions.Principal(user, account, session));
        return Results.Redirect(user.IsHr ? "/hr" : "/school");
    }

    private static PortalPage LoginPage(string? error, int status) => new(PortalPage.Login, "登录", new { Error = error }, status);
}
