using System.Net;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(PostgresCollection.Name)]
public sealed class AccountPageTests(PostgresServer server) : AccountPageFixture(server)
{
    [Fact]
    public async Task Hr_creates_a_principal_account_whose_password_is_shown_once_and_signs_in()
    {
        var (address, hr) = await StartAsync();

        var (status, html) = await PostAsync(hr, "/hr/accounts", ("role", "principal"), ("school", "S001"), ("login", "wang"), ("name", ""));

        Assert.Equal(200, status);
        var password = ShownPassword(html);
        Assert.Equal(14, password.Length);
        Assert.NotEqual(password, await HashAsync("wang"));
        var principal = (await Accounts.FindAsync(County, "wang", CancellationToken.None))!;
        Assert.Equal(("principal", "S001", "S001小学校长"), (principal.Role, principal.SchoolId, principal.DisplayName));
        using var session = await PortalClient.SignInAsync(address, "wang", password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/school")).StatusCode);
        Assert.DoesNotContain(password, await hr.PageAsync("/hr/accounts"));
    }

    [Fact]
    public async Task A_school_gets_one_principal_account_only()
    {
        var (_, hr) = await StartAsync();
        await PostAsync(hr, "/hr/accounts", ("role", "principal"), ("school", "S002"), ("login", "first"), ("name", "甲"));

        var (status, html) = await PostAsync(hr, "/hr/accounts", ("role", "principal"), ("school", "S002"), ("login", "second"), ("name", "乙"));

        Assert.Equal(400, status);
        Assert.Contains("已有校长账号“first”", html);
        Assert.Null(await Accounts.FindAsync(County, "second", CancellationToken.None));
    }

    [Theory]
    [InlineData("principal", "S003", "wu", "是教学点，由中心校S002小学（S002）的校长复核")]
    [InlineData("principal", "S999", "wu", "没有学校代码“S999”")]
    [InlineData("principal", "", "wu", "校长账号须选择学校")]
    [InlineData("hr", "", "HR01", "账号“hr01”已存在")]
    [InlineData("hr", "", "wu wei", "账号须为 2 至 40 个字母")]
    [InlineData("admin", "", "wu", "请选择角色")]
    public async Task An_invalid_new_account_is_refused_with_a_chinese_reason(string role, string school, string login, string reason)
    {
        var (_, hr) = await StartAsync();

        var (status, html) = await PostAsync(hr, "/hr/accounts", ("role", role), ("school", school), ("login", login), ("name", "吴老师"));

        Assert.Equal(400, status);
        Assert.Contains(reason, html);
        Assert.Equal(1L, await CountAsync("select count(*) from accounts"));
    }

    [Fact]
    public async Task A_hostile_display_name_renders_as_text()
    {
        var (_, hr) = await StartAsync();

        await PostAsync(hr, "/hr/accounts", ("role", "hr"), ("school", ""), ("login", "evil"), ("name", ReviewSite.Hostile));
        var html = await hr.PageAsync("/hr/accounts");

        Assert.DoesNotContain(ReviewSite.Hostile, html);
        Assert.Contains("&lt;script&gt;window.hacked=1&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Every_account_action_is_in_the_audit_log_without_any_password()
    {
        var (_, hr) = await StartAsync();

        var (_, created) = await PostAsync(hr, "/hr/accounts", ("role", "principal"), ("school", "S001"), ("login", "wang"), ("name", ""));
        var (_, reset) = await PostAsync(hr, "/hr/accounts/reset", ("login", "wang"));
        await PostAsync(hr, "/hr/accounts/disable", ("login", "wang"));
        await PostAsync(hr, "/hr/accounts/enable", ("login", "wang"));

        var audit = await hr.PageAsync("/hr/audit");
        string[] actions = ["account.created", "account.password_reset", "account.disabled", "account.enabled"];
        foreach (var action in actions)
        {
            Assert.Equal(1L, await CountAsync($"select count(*) from audit_log where action = '{action}' and actor = '{HrLogin}' and subject = 'account:wang'"));
            Assert.Contains(action, audit);
        }
        foreach (var password in new[] { ShownPassword(created), ShownPassword(reset) })
        {
            Assert.Equal(0L, await CountAsync($"select count(*) from audit_log where details::text like '%{password}%'"));
        }
    }
}
