using System.Net;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class RegisterPublishingTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task Publishing_the_final_plan_enters_every_row_in_the_register_and_a_second_time_is_refused_with_409()
    {
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        var run = await Site.CurrentRunAsync();
        var rows = (await Site.PlanAsync(run.RunId)).Assignments.Count;

        var first = await hr.PostFormAsync("/hr/publish", await hr.TokenAsync("/hr"), ("stage", "final"));
        var second = await hr.PostFormAsync("/hr/publish", await hr.TokenAsync("/hr"), ("stage", "final"));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Contains("同一数据集版本只能发布一次最终方案", await second.Content.ReadAsStringAsync());
        Assert.Equal(rows, await Site.CountAsync($"select count(*) from register_entries e join final_plans f on f.id = e.final_plan_id where f.run_id = {run.RunId}"));
        Assert.Equal(1L, await Site.CountAsync("select count(*) from publications where stage = 'final'"));
        Assert.Contains("register.entered", await hr.PageAsync("/hr/audit"));
    }
}
