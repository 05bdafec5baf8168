using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Every signed-in user (a principal, HR) changes the own password: the current one typed again (wrong
/// guesses count against the same limit as logins), the new one twice. The session in use carries on with
/// the new password; every other session of the account ends at its next request.
/// </summary>
public static class OwnPasswordEndpoints
{
    public const string Path = "/account/password";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Path, () => Form(null, 200)).RequireAuthorization();
        app.MapPost(Path, ChangeAsync).RequireAuthorization().AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<IResult> ChangeAsync(HttpContext context, AccountStore accounts, LoginThrottle throttle,
        IOptions<ReviewOptions> review, CancellationToken ct)
    {
        var o = review.Value;
        var user = Portal.Of(context.User);
        var form = await context.Request.ReadFormAsync(ct);
        var current = form["current"].ToString();
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        if (!await throttle.TryReserveAsync(user.County, user.Login, address, o.MaxFailedLogins, o.Lockout, ct))
        {
            return Form($"当前密码输错次数过多，请 {o.Lockout.TotalMinutes:0} 分钟后再试。", 429);
        }
        var account = await accounts.FindAsync(user.County, user.Login, ct);
        if (account is null || !Passwords.Verify(account, current))
        {
            await accounts.RecordWrongCurrentPasswordAsync(user.County, user.Login, address, ct);
            return Form("当前密码不正确。", 400);
        }
        await throttle.ClearAsync(user.County, user.Login, address, ct);
        if (Passwords.Problem(user.Login, current, form["password"].ToString(), form["repeat"].ToString()) is { } problem)
        {
            return Form(problem, 400);
        }
        var changed = Passwords.WithPassword(account, form["password"].ToString());
        if (!await accounts.ChangeOwnPasswordAsync(user.County, user.Login, account.PasswordHash!, changed.PasswordHash!, ct))
        {
            return Form("密码刚被人事股重置或账号已停用，本次修改没有保存。", 409);
        }
        if (context.User.FindFirst(AccountSessions.SessionClaim)?.Value is { } session)
        {
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountSessions.Principal(user, changed, session));
        }
        return PortalPage.Done("密码已修改", "密码已修改。下次登录请用新密码；在其他电脑或手机上的登录已失效，须用新密码重新登录。",
            user.IsHr ? "/hr" : "/school", "返回");
    }

    private static PortalPage Form(string? error, int status) =>
        new(PortalPage.ChangePassword, "修改密码", new { Error = error, MinLength = Passwords.MinChosenLength, MaxLength = Passwords.MaxChosenLength }, status);
}
