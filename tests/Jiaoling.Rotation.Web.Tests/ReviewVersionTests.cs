using System.Net;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class ReviewVersionTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task A_later_answer_replaces_an_objection_and_a_stale_form_is_refused()
    {
        var plan = await Site.PlanAsync((await Site.CurrentRunAsync()).RunId);
        var (me, row) = (await Site.PrincipalsAsync()).SkipLast(1)
            .SelectMany(p => plan.Assignments.Where(a => p.Scope.Contains(a.To.Value)).Select(a => (p.Account, a)))
            .Last();
        using var client = await PortalClient.SignInAsync(Site.BaseAddress, me.Login, me.Password!);
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        var version = await VersionAsync(client, row);
        var reason = $"版本测试异议 {Guid.NewGuid():N}";

        var objected = await Post(client, row, version, "object", reason);
        var listed = (await hr.PageAsync("/hr")).Contains(reason);
        var approved = await Post(client, row, version + 1, "approve", "已与教师沟通，同意");
        var stale = await Post(client, row, version + 1, "object", "过期的表单");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Conflict),
            (objected.StatusCode, approved.StatusCode, stale.StatusCode));
        Assert.True(listed);
        Assert.DoesNotContain(reason, await hr.PageAsync("/hr"));
        Assert.Equal(version + 2, await VersionAsync(client, row));
    }

    private static async Task<int> VersionAsync(PortalClient client, Assignment row)
    {
        var html = await client.PageAsync("/school");
        var start = html.IndexOf($"action=\"/school/rows/{Uri.EscapeDataString(row.TeacherId.Value)}\"", StringComparison.Ordinal);
        var field = html.IndexOf("name=\"version\" value=\"", start, StringComparison.Ordinal) + "name=\"version\" value=\"".Length;
        return int.Parse(html[field..html.IndexOf('"', field)]);
    }

    private static async Task<HttpResponseMessage> Post(PortalClient client, Assignment row, int version, string verdict, string reason) =>
        await client.PostFormAsync($"/school/rows/{Uri.EscapeDataString(row.TeacherId.Value)}", await client.TokenAsync("/school"),
            ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("verdict", verdict), ("reason", reason));
}
