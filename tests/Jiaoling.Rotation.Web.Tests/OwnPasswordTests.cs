using System.Net;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>
/// A principal (or HR) changes the own password through the real portal over real PostgreSQL: the current
/// password is checked and its wrong guesses are limited like logins, the new one must be acceptable, the
/// session in use carries on, other sessions and the old password stop, and the audit log has the change.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OwnPasswordTests(PostgresServer server) : AccountPageFixture(server)
{
    private const string Chosen = "Qiao-Ling-2027-秋";
    private static readonly Account Principal = new(County, "p-s001", "S001小学校长", "principal", "S001", null, 0, null);

    [Fact]
    public async Task A_principal_changes_the_own_password_keeps_the_session_and_other_sessions_and_the_old_password_stop()
    {
        var (address, _) = await StartAsync();
        var old = await CreateAsync(Principal);
        using var session = await PortalClient.SignInAsync(address, Principal.Login, old);
        using var phone = await PortalClient.SignInAsync(address, Principal.Login, old);
        var hash = await HashAsync(Principal.Login);

        var form = await session.PageAsync("/account/password");
        var wrong = await ChangeAsync(session, "not-the-password", Chosen, Chosen);
        var mismatch = await ChangeAsync(session, old, Chosen, Chosen + "x");
        var withLogin = await ChangeAsync(session, old, "abc" + Principal.Login + "123", "abc" + Principal.Login + "123");
        var unchanged = await HashAsync(Principal.Login);
        var done = await ChangeAsync(session, old, Chosen, Chosen);

        Assert.Contains("id=\"change-password\"", form);
        Assert.Equal((400, "当前密码不正确。"), (wrong.Status, Error(wrong.Html)));
        Assert.Equal((400, "两次输入的新密码不一致。"), (mismatch.Status, Error(mismatch.Html)));
        Assert.Equal((400, "新密码不能包含账号名。"), (withLogin.Status, Error(withLogin.Html)));
        Assert.Equal(hash, unchanged);
        Assert.Equal(200, done.Status);
        Assert.Contains("密码已修改", done.Html);
        Assert.NotEqual(hash, await HashAsync(Principal.Login));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/school")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/school")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(address, old));
        Assert.Equal(HttpStatusCode.Redirect, await LoginAsync(address, Chosen));
        Assert.Equal(1L, await CountAsync($"select count(*) from audit_log where action = 'account.password_changed' and actor = '{Principal.Login}'"));
        Assert.Equal(1L, await CountAsync("select count(*) from audit_log where action = 'account.password_change_refused'"));
        Assert.Equal(0L, await CountAsync($"select count(*) from audit_log where details::text like '%{Chosen}%'"));
    }

    [Fact]
    public async Task Guessing_the_current_password_is_limited_like_logins_and_a_form_without_its_token_changes_nothing()
    {
        var (address, hr) = await StartAsync();
        var hash = await HashAsync(HrLogin);

        var forged = await hr.PostFormAsync("/account/password", null, ("current", "x"), ("password", Chosen), ("repeat", Chosen));
        var guesses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            guesses.Add((await ChangeAsync(hr, $"guess-{i}", Chosen, Chosen)).Status);
        }

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal([400, 400, 400, 400, 400, 429], guesses);
        Assert.Equal(hash, await HashAsync(HrLogin));
        Assert.Contains("修改密码", await hr.PageAsync("/hr"));
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync("/account/password")).StatusCode);
        using var anonymous = new PortalClient(address);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/account/password")).StatusCode);
    }

    private static async Task<(int Status, string Html)> ChangeAsync(PortalClient client, string current, string chosen, string repeated)
    {
        var response = await client.PostFormAsync("/account/password", await client.TokenAsync("/account/password"),
            ("current", current), ("password", chosen), ("repeat", repeated));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpStatusCode> LoginAsync(Uri address, string password)
    {
        using var client = new PortalClient(address);
        return (await client.PostFormAsync("/login", await client.TokenAsync("/"), ("login", Principal.Login), ("password", password))).StatusCode;
    }

    private static string Error(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<p class=\"error\">([^<]*)</p>").Groups[1].Value;
}
