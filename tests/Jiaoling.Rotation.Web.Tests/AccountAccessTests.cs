using System.Net;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Tests.Store;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(PostgresCollection.Name)]
public sealed class AccountAccessTests(PostgresServer server) : AccountPageFixture(server)
{
    private static readonly Account Principal = new("jiaoling", "p-s002", "S002小学校长", "principal", "S002", null, 0, null);

    [Fact]
    public async Task Reset_makes_the_old_password_fail_the_new_one_work_clears_the_lockout_and_ends_old_sessions()
    {
        var (address, hr) = await StartAsync();
        var old = await CreateAsync(Principal);
        using var before = await PortalClient.SignInAsync(address, Principal.Login, old);
        var throttle = new LoginThrottle(DataSource);
        await throttle.TryReserveAsync(County, Principal.Login, "127.0.0.1", 1, TimeSpan.FromHours(1), CancellationToken.None);
        Assert.False(await throttle.TryReserveAsync(County, Principal.Login, "127.0.0.1", 1, TimeSpan.FromHours(1), CancellationToken.None));

        var (status, html) = await PostAsync(hr, "/hr/accounts/reset", ("login", Principal.Login));

        Assert.Equal(200, status);
        Assert.Equal(HttpStatusCode.Redirect, (await before.GetAsync("/school")).StatusCode);
        using var client = new PortalClient(address);
        var wrong = await client.PostFormAsync("/login", await client.TokenAsync("/"), ("login", Principal.Login), ("password", old));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var after = await PortalClient.SignInAsync(address, Principal.Login, ShownPassword(html));
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/school")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_session_ends_until_it_is_enabled()
    {
        var (address, hr) = await StartAsync();
        var password = await CreateAsync(Principal);
        using var session = await PortalClient.SignInAsync(address, Principal.Login, password);

        await PostAsync(hr, "/hr/accounts/disable", ("login", Principal.Login));
        using var client = new PortalClient(address);
        var refused = await client.PostFormAsync("/login", await client.TokenAsync("/"), ("login", Principal.Login), ("password", password));
        var (self, _) = await PostAsync(hr, "/hr/accounts/disable", ("login", HrLogin));

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/school")).StatusCode);
        // The same answer as a wrong password: the right password of a disabled account tells nothing more.
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(LoginEndpoints.Failed, await refused.Content.ReadAsStringAsync());
        Assert.Contains("已停用", await hr.PageAsync("/hr/accounts"));
        Assert.Equal(400, self);
        await PostAsync(hr, "/hr/accounts/enable", ("login", Principal.Login));
        using var again = await PortalClient.SignInAsync(address, Principal.Login, password);
    }

    [Fact]
    public async Task A_principal_gets_403_on_the_account_page_and_its_forms_and_anonymous_users_are_sent_to_sign_in()
    {
        var (address, _) = await StartAsync();
        using var principal = await PortalClient.SignInAsync(address, Principal.Login, await CreateAsync(Principal));
        var token = await principal.TokenAsync("/school");
        var hrHash = await HashAsync(HrLogin);
        using var anonymous = new PortalClient(address);

        var statuses = new List<HttpStatusCode> { (await principal.GetAsync("/hr/accounts")).StatusCode };
        foreach (var path in new[] { "/hr/accounts", "/hr/accounts/reset", "/hr/accounts/disable", "/hr/accounts/enable" })
        {
            statuses.Add((await principal.PostFormAsync(path, token, ("login", HrLogin), ("role", "hr"), ("name", "x"))).StatusCode);
        }
        var unsigned = await anonymous.GetAsync("/hr/accounts");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal(HttpStatusCode.Redirect, unsigned.StatusCode);
        Assert.StartsWith("/?ReturnUrl=", unsigned.Headers.Location!.OriginalString.Replace(address.ToString(), "/"));
        Assert.Equal(hrHash, await HashAsync(HrLogin));
        Assert.Equal(2L, await CountAsync("select count(*) from accounts where not disabled"));
    }

    [Fact]
    public async Task An_account_form_posted_without_its_antiforgery_token_is_refused()
    {
        var (_, hr) = await StartAsync();
        await CreateAsync(Principal);
        var hash = await HashAsync(Principal.Login);

        var create = await hr.PostFormAsync("/hr/accounts", token: null, ("role", "hr"), ("login", "sneaky"), ("name", "x"));
        var reset = await hr.PostFormAsync("/hr/accounts/reset", token: null, ("login", Principal.Login));
        var disable = await hr.PostFormAsync("/hr/accounts/disable", token: null, ("login", Principal.Login));

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            [create.StatusCode, reset.StatusCode, disable.StatusCode]);
        Assert.Null(await Accounts.FindAsync(County, "sneaky", CancellationToken.None));
        Assert.Equal(hash, await HashAsync(Principal.Login));
        Assert.False((await Accounts.FindAsync(County, Principal.Login, CancellationToken.None))!.Disabled);
    }
}
