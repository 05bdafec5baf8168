using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed partial class SecurityTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task Root_shows_the_login_page_in_chinese()
    {
        using var anonymous = new PortalClient(Site.BaseAddress);
        var html = await anonymous.PageAsync("/");

        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Contains("<h1>登录</h1>", html);
    }

    [Fact]
    public async Task Every_route_tried_as_another_schools_principal_leaks_nothing()
    {
        var run = await Site.CurrentRunAsync();
        var plan = await Site.PlanAsync(run.RunId);
        var principals = await Site.PrincipalsAsync();
        var (me, myScope) = principals.First(p => plan.Assignments.Any(a => Touches(a, p.Scope)));
        using var client = await PortalClient.SignInAsync(Site.BaseAddress, me.Login, me.Password!);
        var token = await client.TokenAsync("/school");
        var leaks = new List<string>();

        var shown = DataTeacher().Matches(await client.PageAsync("/school")).Select(m => m.Groups[1].Value).ToHashSet();
        leaks.AddRange(shown.Where(t => !plan.Assignments.Any(a => a.TeacherId.Value == t && Touches(a, myScope))));
        foreach (var (other, scope) in principals.Where(p => p.Account.SchoolId != me.SchoolId))
        {
            foreach (var school in scope)
            {
                await Expect(client.GetAsync($"/school/page/{school}"), [HttpStatusCode.NotFound], leaks);
            }
            foreach (var row in plan.Assignments.Where(a => Touches(a, scope) && !Touches(a, myScope)))
            {
                await Expect(client.PostFormAsync($"/school/rows/{row.TeacherId.Value}", token,
                    ("version", "0"), ("verdict", "object"), ("reason", "越权")), [HttpStatusCode.NotFound], leaks);
            }
        }
        var teacher = plan.Assignments[0].TeacherId.Value;
        var jobId = await Site.CountAsync("select min(id) from plan_jobs");
        string[] hrGets = ["/hr", $"/hr/runs/{run.RunId}/files/plan.csv", $"/hr/runs/{run.RunId}/files/plan.xlsx",
            $"/hr/diff/{run.RunId}/{run.RunId}", "/hr/jobs/1?from=1", "/hr/audit", "/hr/accounts", "/hr/objections.xlsx",
            $"/hr/runs/{run.RunId}/alternatives/{teacher}", "/hr/register", "/hr/register/export", $"/hr/register?q={teacher}",
            $"/hr/register/teachers/{teacher}", $"/api/runs/{run.RunId}", $"/api/runs/{run.RunId}/files/plan.csv", $"/api/jobs/{jobId}"];
        foreach (var path in hrGets)
        {
            await Expect(client.GetAsync(path), [HttpStatusCode.Forbidden, HttpStatusCode.NotFound], leaks);
        }
        await Expect(client.SendAsync(new(HttpMethod.Post, $"/api/jobs/{jobId}/cancel")), [HttpStatusCode.Forbidden, HttpStatusCode.NotFound], leaks);
        await Expect(client.SendAsync(new(HttpMethod.Post, "/api/jobs") { Content = JsonContent.Create(new { dataset = "demo" }) }),
            [HttpStatusCode.Forbidden, HttpStatusCode.NotFound], leaks);
        foreach (var path in new[] { "/hr/replan", "/hr/publish", "/hr/reviews/1/rule", "/hr/accounts", "/hr/accounts/reset",
            "/hr/accounts/disable", "/hr/accounts/enable" })
        {
            await Expect(client.PostFormAsync(path, token, ("stage", "final"), ("decision", "stay"), ("login", Site.Hr.Login),
                ("role", "principal"), ("school", me.SchoolId!)),
                [HttpStatusCode.Forbidden, HttpStatusCode.NotFound], leaks);
        }

        Assert.Empty(leaks);
        Assert.Equal(0L, await Site.CountAsync($"select count(*) from row_reviews where reason = '越权'"));
        Assert.Equal(0L, await Site.CountAsync("select count(*) from audit_log where action like 'account.%' and actor <> 'test'"));
        Assert.Equal(0L, await Site.CountAsync("select count(*) from plan_jobs where cancel_requested or id <> " + jobId));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var (me, row) = await OwnRowAsync();
        using var client = await PortalClient.SignInAsync(Site.BaseAddress, me.Login, me.Password!);

        var response = await client.PostFormAsync($"/school/rows/{row.TeacherId.Value}", token: null,
            ("version", "0"), ("verdict", "object"), ("reason", "没有令牌"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0L, await Site.CountAsync("select count(*) from row_reviews where reason = '没有令牌'"));
    }

    [Fact]
    public async Task A_hostile_teacher_name_renders_as_text()
    {
        var (me, _) = await OwnRowAsync();
        using var client = await PortalClient.SignInAsync(Site.BaseAddress, me.Login, me.Password!);

        var html = await client.PageAsync("/school");

        Assert.DoesNotContain(ReviewSite.Hostile, html);
        Assert.Contains("&lt;script&gt;window.hacked=1&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_make_the_guessing_address_wait_even_with_the_right_one()
    {
        var (me, _) = (await Site.PrincipalsAsync()).Last();
        using var client = new PortalClient(Site.BaseAddress);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/login", await client.TokenAsync("/"), ("login", me.Login), ("password", "wrong"));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostFormAsync("/login", await client.TokenAsync("/"), ("login", me.Login), ("password", me.Password!));

        Assert.Equal((HttpStatusCode)429, right.StatusCode);
    }

    private async Task<(Jiaoling.Rotation.Web.DemoAccounts.Created Account, Assignment Row)> OwnRowAsync()
    {
        var plan = await Site.PlanAsync((await Site.CurrentRunAsync()).RunId);
        return (await Site.PrincipalsAsync()).SkipLast(1)
            .SelectMany(p => plan.Assignments.Where(a => Touches(a, p.Scope)).Select(a => (p.Account, a)))
            .First();
    }

    private static bool Touches(Assignment a, IReadOnlySet<string> scope) => scope.Contains(a.From.Value) || scope.Contains(a.To.Value);

    private static async Task Expect(Task<HttpResponseMessage> request, HttpStatusCode[] allowed, List<string> leaks)
    {
        var response = await request;
        if (!allowed.Contains(response.StatusCode))
        {
            leaks.Add($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} → {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("data-teacher=\"([^\"]+)\"")]
    private static partial Regex DataTeacher();
}
