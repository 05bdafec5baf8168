using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>The server decides what a row's version is and whether an objection may still be ruled on; the form does not.</summary>
[Collection(ReviewCollection.Name)]
public sealed class ReviewIntegrityTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task A_made_up_row_version_is_refused_as_stale_not_a_server_error()
    {
        var (me, row) = await OwnRowAsync();
        using var client = await PortalClient.SignInAsync(Site.BaseAddress, me.Login, me.Password!);

        var response = await Submit(client, row, int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), "object", "伪造的版本");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0L, await Site.CountAsync("select count(*) from row_reviews"));
    }

    [Fact]
    public async Task A_ruling_on_an_objection_its_school_has_withdrawn_is_refused()
    {
        var (client, row, objection) = await ObjectAsync("先提出异议");
        using var _ = client;
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        var token = await hr.TokenAsync("/hr");

        await Submit(client, row, "1", "approve", "已沟通，撤回异议");
        var ruled = await hr.PostFormAsync($"/hr/reviews/{objection}/rule", token, ("decision", "stay"));

        Assert.Equal(HttpStatusCode.Conflict, ruled.StatusCode);
        Assert.Equal(0L, await Site.CountAsync("select count(*) from review_decisions"));
    }

    [Fact]
    public async Task Two_hr_users_ruling_on_one_objection_at_once_one_wins_and_the_other_gets_409()
    {
        var (client, _, objection) = await ObjectAsync("请人事股决定");
        using var _ = client;
        var password = Passwords.Generate();
        await new AccountStore(Site.DataSource).CreateAsync(
            Passwords.WithPassword(new Account(ReviewSite.County, "hr2", "人事股二", "hr", null, null, 0, null), password), "test", CancellationToken.None);
        using var first = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        using var second = await PortalClient.SignInAsync(Site.BaseAddress, "hr2", password);
        var (firstToken, secondToken) = (await first.TokenAsync("/hr"), await second.TokenAsync("/hr"));

        var statuses = await Task.WhenAll(
            first.PostFormAsync($"/hr/reviews/{objection}/rule", firstToken, ("decision", "stay")),
            second.PostFormAsync($"/hr/reviews/{objection}/rule", secondToken, ("decision", "forbid")));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], statuses.Select(s => s.StatusCode).Order());
        Assert.Equal(1L, await Site.CountAsync($"select count(*) from review_decisions where review_id = {objection}"));
    }

    [Fact]
    public async Task A_require_naming_an_unknown_school_is_refused_at_once()
    {
        var (client, _, objection) = await ObjectAsync("应调往别校");
        using var _ = client;
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);

        var ruled = await hr.PostFormAsync($"/hr/reviews/{objection}/rule", await hr.TokenAsync("/hr"), ("decision", "require"), ("school", "S9999"));

        Assert.Equal(HttpStatusCode.BadRequest, ruled.StatusCode);
        Assert.Contains("S9999", await ruled.Content.ReadAsStringAsync());
        Assert.Equal(0L, await Site.CountAsync("select count(*) from review_decisions"));
    }

    [Fact]
    public async Task Hr_downloads_the_objections_as_a_workbook_with_what_became_of_each()
    {
        var (client, row, _) = await ObjectAsync("家中老人需照顾");
        using var _ = client;
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);

        var response = await hr.GetAsync("/hr/objections.xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = string.Join("|", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Select(c => c.InnerText));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("异议理由", text);
        Assert.Contains(row.TeacherId.Value, text);
        Assert.Contains("家中老人需照顾", text);
        Assert.Contains("待处理", text);
    }

    private async Task<(DemoAccounts.Created Account, Assignment Row)> OwnRowAsync()
    {
        var plan = await Site.PlanAsync((await Site.CurrentRunAsync()).RunId);
        return (await Site.PrincipalsAsync())
            .SelectMany(p => plan.Assignments.Where(a => p.Scope.Contains(a.To.Value)).Select(a => (p.Account, a)))
            .First();
    }

    /// <summary>Signs in the principal of a row of the current plan and objects to it; returns the session, the row and the objection's id.</summary>
    private async Task<(PortalClient Principal, Assignment Row, long Objection)> ObjectAsync(string reason)
    {
        var (me, row) = await OwnRowAsync();
        var client = await PortalClient.SignInAsync(Site.BaseAddress, me.Login, me.Password!);
        await Submit(client, row, "0", "object", reason);
        return (client, row, await Site.CountAsync("select id from row_reviews where verdict = 'object'"));
    }

    private static async Task<HttpResponseMessage> Submit(PortalClient client, Assignment row, string version, string verdict, string reason) =>
        await client.PostFormAsync($"/school/rows/{Uri.EscapeDataString(row.TeacherId.Value)}", await client.TokenAsync("/school"),
            ("version", version), ("verdict", verdict), ("reason", reason));
}
