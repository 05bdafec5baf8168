using System.Net;
using System.Text.RegularExpressions;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>
/// A principal's "全部同意" through the real portal over real PostgreSQL: it approves the rows the school has
/// not answered, once, with an audit line each; it keeps the school's objections; it never approves a row of
/// another school or of a run the page did not show; and it needs the form's token and the confirmation.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed partial class ApproveAllTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task Approve_all_approves_each_unanswered_row_once_and_leaves_the_schools_objection_alone()
    {
        var (me, mine, other) = await PrincipalWithRowsAsync();
        using var client = await PortalClient.SignInAsync(Site.BaseAddress, me.Login, me.Password!);
        var (objected, approved) = (mine[0], mine[1]);
        await AnswerAsync(client, objected, "object", "该教师须照顾病重的父母，不宜交流。");
        await AnswerAsync(client, approved, "approve", "同意。");

        var page = await client.PageAsync("/school");
        var offered = Offered(page);
        var first = await ApproveAllAsync(client, page, [.. offered, objected, approved, other]);
        var second = await ApproveAllAsync(client, await client.PageAsync("/school"), offered);
        var after = await client.PageAsync("/school");

        Assert.Equal(mine.Except([objected, approved]).Order(), offered.Order());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains($"已同意 {offered.Count} 条安排。本校已提出异议的 1 条没有改动，仍按异议处理。另有 1 条此前已复核，没有改动。",
            await first.Content.ReadAsStringAsync());
        Assert.Contains("已同意 0 条安排。", await second.Content.ReadAsStringAsync());
        Assert.Contains("本校的安排都已复核。", after);
        Assert.DoesNotContain("id=\"approve-all\"", after);
        var school = me.SchoolId;
        Assert.Equal(offered.Count, await Site.CountAsync(
            $"select count(*) from row_reviews where school_id = '{school}' and version = 1 and verdict = 'approve' and reason like '全部同意%'"));
        Assert.Equal(mine.Count, await Site.CountAsync($"select count(*) from row_reviews where school_id = '{school}'"));
        Assert.Equal(1L, await Site.CountAsync($"select count(*) from row_reviews where school_id = '{school}' and teacher_id = '{objected}' and verdict = 'object'"));
        Assert.Equal(0L, await Site.CountAsync($"select count(*) from row_reviews where school_id = '{school}' and teacher_id = '{other}'"));
        Assert.Equal(offered.Count, await Site.CountAsync(
            $"select count(*) from audit_log where action = 'review.approve' and actor = '{me.Login}' and details->>'all' = 'true'"));
    }

    [Fact]
    public async Task Approve_all_without_the_token_or_the_confirmation_or_for_another_run_approves_nothing()
    {
        var (me, _, _) = await PrincipalWithRowsAsync();
        using var client = await PortalClient.SignInAsync(Site.BaseAddress, me.Login, me.Password!);
        var page = await client.PageAsync("/school");
        var rows = Offered(page).Select(id => ("rows", id)).ToArray();
        var run = (await Site.CurrentRunAsync()).RunId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var noToken = await client.PostFormAsync("/school/approve-all", null, [("run", run), ("confirm", "yes"), .. rows]);
        var noConfirm = await client.PostFormAsync("/school/approve-all", PortalClient.Token(page), [("run", run), .. rows]);
        var oldRun = await client.PostFormAsync("/school/approve-all", PortalClient.Token(page), [("run", "1" + run), ("confirm", "yes"), .. rows]);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Conflict),
            (noToken.StatusCode, noConfirm.StatusCode, oldRun.StatusCode));
        Assert.Contains("您看到的方案已被新方案取代", await oldRun.Content.ReadAsStringAsync());
        Assert.Equal(0L, await Site.CountAsync("select count(*) from row_reviews"));
    }

    [Fact]
    public async Task In_the_browser_a_principal_ticks_the_confirmation_and_approves_all_rows_at_once()
    {
        var (me, mine, _) = await PrincipalWithRowsAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.SignInAsync(Site.BaseAddress, me.Login, me.Password!);
        var objected = page.Locator($"tr[data-teacher='{mine[0]}'] form");
        await objected.Locator("input[value=object]").CheckAsync();
        await objected.Locator("textarea").FillAsync("该教师已报名参加省级骨干培训，本学年不宜交流。");
        await objected.Locator("button").ClickAsync();
        await page.WaitForURLAsync("**/school");

        // Unticked, the browser itself refuses to send the form (the box is required).
        await page.Locator("#approve-all button").ClickAsync();
        await Task.Delay(500);
        var approvedUnticked = await Site.CountAsync("select count(*) from row_reviews where verdict = 'approve'");
        await page.Locator("#approve-all input[name=confirm]").CheckAsync();
        await BrowserSession.ScreenshotAsync(page, "principal-approve-all");
        await page.Locator("#approve-all button").ClickAsync();
        await page.WaitForURLAsync("**/school/approve-all");
        var answer = await page.Locator("main").InnerTextAsync();
        await page.ClickAsync("a:has-text('返回本校复核')");

        Assert.Equal(0L, approvedUnticked);
        Assert.Contains($"已同意 {mine.Count - 1} 条安排。本校已提出异议的 1 条没有改动", answer);
        Assert.Contains("本校的安排都已复核。", await page.Locator("main").InnerTextAsync());
        Assert.Contains("已异议", await page.Locator($"tr[data-teacher='{mine[0]}']").First.InnerTextAsync());
        Assert.Contains("已同意", await page.Locator($"tr[data-teacher='{mine[1]}']").First.InnerTextAsync());
    }

    /// <summary>A principal whose school has at least three teachers on the page, those teachers, and a teacher of another school's rows only.</summary>
    private async Task<(Web.DemoAccounts.Created Me, List<string> Mine, string Other)> PrincipalWithRowsAsync()
    {
        var plan = await Site.PlanAsync((await Site.CurrentRunAsync()).RunId);
        var (me, scope) = (await Site.PrincipalsAsync())
            .First(p => plan.Assignments.Where(a => p.Scope.Contains(a.From.Value) || p.Scope.Contains(a.To.Value)).Select(a => a.TeacherId).Distinct().Count() >= 3);
        bool Touches(Domain.Assignment a) => scope.Contains(a.From.Value) || scope.Contains(a.To.Value);
        var mine = plan.Assignments.Where(Touches).Select(a => a.TeacherId.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        var other = plan.Assignments.Select(a => a.TeacherId.Value).First(id => !mine.Contains(id));
        return (me, mine, other);
    }

    private static async Task AnswerAsync(PortalClient client, string teacherId, string verdict, string reason)
    {
        var response = await client.PostFormAsync($"/school/rows/{teacherId}", await client.TokenAsync("/school"),
            ("verdict", verdict), ("reason", reason), ("version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<HttpResponseMessage> ApproveAllAsync(PortalClient client, string page, IEnumerable<string> rows)
    {
        var run = (await Site.CurrentRunAsync()).RunId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await client.PostFormAsync("/school/approve-all", PortalClient.Token(page),
            [("run", run), ("confirm", "yes"), .. rows.Select(id => ("rows", id))]);
    }

    /// <summary>The teachers the page's "全部同意" form would approve.</summary>
    private static List<string> Offered(string page) => OfferedRow().Matches(page).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<input type=\"hidden\" name=\"rows\" value=\"([^\"]+)\">")]
    private static partial Regex OfferedRow();
}
