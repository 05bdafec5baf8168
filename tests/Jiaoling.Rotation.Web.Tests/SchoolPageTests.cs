namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class SchoolPageTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task A_principal_reads_the_own_school_page_with_indicators_before_and_after_and_every_row_with_its_reason()
    {
        var run = await Site.CurrentRunAsync();
        var plan = await Site.PlanAsync(run.RunId);
        var (me, scope) = (await Site.PrincipalsAsync()).SkipLast(1).First(p => plan.Assignments.Any(a => p.Scope.Contains(a.To.Value)));
        using var client = await PortalClient.SignInAsync(Site.BaseAddress, me.Login, me.Password!);

        var school = await client.PageAsync("/school");
        var page = await client.PageAsync($"/school/page/{me.SchoolId}");

        Assert.Contains("本校教师指标（交流前后）", page);
        Assert.Contains($"href=\"/school/page/{me.SchoolId}\"", school);
        var mine = plan.Assignments.Where(a => scope.Contains(a.From.Value) || scope.Contains(a.To.Value)).ToList();
        // A row between two of the principal's own schools shows in both its "out" and its "in" section.
        Assert.Equal(mine.Sum(a => (scope.Contains(a.From.Value) ? 1 : 0) + (scope.Contains(a.To.Value) ? 1 : 0)),
            CountOf(school, "<tr data-teacher="));
        Assert.All(mine, a => Assert.Contains($"<td>{System.Net.WebUtility.HtmlEncode(a.Reason)}</td>", school));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
