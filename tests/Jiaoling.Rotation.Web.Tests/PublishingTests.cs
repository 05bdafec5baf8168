using System.Net;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class PublishingTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task Hr_publishes_the_provisional_list_then_the_final_plan_and_every_step_is_in_the_audit_log()
    {
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        var run = await Site.CurrentRunAsync();

        var noDeadline = await hr.PostFormAsync("/hr/publish", await hr.TokenAsync("/hr"), ("stage", "provisional"));
        var provisional = await hr.PostFormAsync("/hr/publish", await hr.TokenAsync("/hr"), ("stage", "provisional"), ("deadline", "2027-07-10"));
        var final = await hr.PostFormAsync("/hr/publish", await hr.TokenAsync("/hr"), ("stage", "final"));
        var workbook = await hr.GetAsync($"/hr/runs/{run.RunId}/files/plan.xlsx");
        var audit = await hr.PageAsync("/hr/audit");

        Assert.Equal(HttpStatusCode.BadRequest, noDeadline.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (provisional.StatusCode, final.StatusCode));
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal([0x50, 0x4b], (await workbook.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Contains("publish.provisional", audit);
        Assert.Contains("publish.final", audit);
        Assert.Contains("2027-07-10", await hr.PageAsync("/hr"));
    }
}
