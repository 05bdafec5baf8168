using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// HR's account management: list the county's accounts, create an HR or principal account, reset a
/// password (shown once), disable and enable. The store writes every change to the audit log.
/// </summary>
public static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder hr)
    {
        hr.MapGet("/accounts", ListAsync);
        hr.MapPost("/accounts", CreateAsync).AddEndpointFilter<AntiforgeryFilter>();
        hr.MapPost("/accounts/reset", ResetAsync).AddEndpointFilter<AntiforgeryFilter>();
        hr.MapPost("/accounts/disable", (HttpContext context, AccountStore accounts, CancellationToken ct) =>
            SetDisabledAsync(context, accounts, true, ct)).AddEndpointFilter<AntiforgeryFilter>();
        hr.MapPost("/accounts/enable", (HttpContext context, AccountStore accounts, CancellationToken ct) =>
            SetDisabledAsync(context, accounts, false, ct)).AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<IResult> ListAsync(HttpContext context, AccountStore accounts,
        DatasetLoader loader, RunCache cache, CancellationToken ct) =>
        await ListPageAsync(context, accounts, await SchoolsAsync(context, loader, cache, ct), null, 200, ct);

    private static async Task<IResult> CreateAsync(HttpContext context, AccountStore accounts,
        DatasetLoader loader, RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var form = await context.Request.ReadFormAsync(ct);
        var schools = await SchoolsAsync(context, loader, cache, ct);
        var (account, error) = NewAccount.Read(form, user.County, schools, await accounts.ListAsync(user.County, ct));
        if (account is null)
        {
            return await ListPageAsync(context, accounts, schools, error, 400, ct);
        }
        var password = Passwords.Generate();
        if (!await accounts.CreateAsync(Passwords.WithPassword(account, password), user.Login, ct, onePerSchool: true))
        {
            return await ListPageAsync(context, accounts, schools, "账号名或该校的校长账号刚被他人创建，请核对后再试。", 409, ct);
        }
        return PasswordPage(context, "账号已创建", account, password);
    }

    private static async Task<IResult> ResetAsync(HttpContext context, AccountStore accounts, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var (account, refusal) = await TargetAsync(context, accounts, user, ct);
        if (account is null)
        {
            return refusal!;
        }
        var password = Passwords.Generate();
        var hash = Passwords.WithPassword(account, password).PasswordHash!;
        return await accounts.ResetPasswordAsync(user.County, account.Login, hash, user.Login, ct)
            ? PasswordPage(context, "密码已重置", account, password)
            : PortalPage.Refusal("未找到", "没有这个账号。", 404);
    }

    private static async Task<IResult> SetDisabledAsync(HttpContext context, AccountStore accounts, bool disabled, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var (account, refusal) = await TargetAsync(context, accounts, user, ct);
        if (account is null)
        {
            return refusal!;
        }
        if (disabled && account.Login == user.Login)
        {
            return PortalPage.Refusal("不能停用", "不能停用自己正在使用的账号。", 400);
        }
        return await accounts.SetDisabledAsync(user.County, account.Login, disabled, user.Login, ct)
            ? (IResult)Results.Redirect("/hr/accounts")
            : PortalPage.Refusal("未找到", "没有这个账号。", 404);
    }

    /// <summary>The account the form names, or why this user cannot act on it (404 unknown, 403 an admin's).</summary>
    private static async Task<(Account? Account, IResult? Refusal)> TargetAsync(HttpContext context, AccountStore accounts, Portal user,
        CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        return await accounts.FindAsync(user.County, form["login"].ToString(), ct) switch
        {
            null => (null, PortalPage.Refusal("未找到", "没有这个账号。", 404)),
            var a when !AccountsPage.CanManage(user, a) => (null, PortalPage.Refusal("无权操作", "管理员账号只能由管理员管理。", 403)),
            var a => (a, null),
        };
    }

    /// <summary>The schools of the county's latest import (none before the first import).</summary>
    private static async Task<IReadOnlyList<School>> SchoolsAsync(HttpContext context, DatasetLoader loader, RunCache cache, CancellationToken ct) =>
        await loader.NewestInCountyAsync(Portal.Of(context.User).County, ct) is { } version
            ? (await cache.DatasetAsync(version.Id)).Schools
            : [];

    private static async Task<IResult> ListPageAsync(HttpContext context, AccountStore accounts, IReadOnlyList<School> schools,
        string? error, int status, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        return AccountsPage.Of(user, await accounts.ListAsync(user.County, ct), schools, error, status);
    }

    /// <summary>The one page that ever shows the password; the browser is told not to keep it.</summary>
    private static PortalPage PasswordPage(HttpContext context, string title, Account account, string password)
    {
        context.Response.Headers.CacheControl = "no-store";
        return new PortalPage(PortalPage.Password, title,
            new { account.Login, Name = account.DisplayName, Role = AccountsPage.RoleName(account.Role), Password = password });
    }
}
