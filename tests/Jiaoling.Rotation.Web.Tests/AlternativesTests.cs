using System.Net;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class AlternativesTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task Alternatives_for_a_row_are_other_unplanned_qualified_teachers_ranked_rule_abiding_first()
    {
        var run = await Site.CurrentRunAsync();
        var plan = await Site.PlanAsync(run.RunId);
        var county = County.Create(await new DatasetLoader(Site.DataSource).LoadAsync(run.VersionId, CancellationToken.None));
        var row = plan.Assignments.First(a => a.Kind == AssignmentKind.Transfer);
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);

        var (current, ranked) = Alternatives.Rank(county, plan, row, 10);
        var page = await hr.GetAsync($"/hr/runs/{run.RunId}/alternatives/{row.TeacherId.Value}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(0, current.Violations);
        Assert.NotEmpty(ranked);
        Assert.All(ranked, a => Assert.DoesNotContain(plan.Assignments, p => p.TeacherId == a.Teacher.Id));
        Assert.All(ranked, a => Assert.True(a.Teacher.CanTeach(row.Subject!.Value) && a.Teacher.Stage == row.Stage));
        Assert.Equal(ranked.OrderBy(a => a.Violations).ThenBy(a => a.ShortageFte).Select(a => a.Teacher.Id),
            ranked.Select(a => a.Teacher.Id));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("（现方案）", html);
        Assert.Contains($"（{ranked[0].Teacher.Id.Value}）", html);
    }
}
