using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Jiaoling.Rotation.Data.Store.Review;
using Xunit.Abstractions;
using PasswordHasher = Microsoft.AspNetCore.Identity.PasswordHasher<Jiaoling.Rotation.Data.Store.Review.Account>;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed partial class ConcurrentReviewTests(ReviewSeed seed, ITestOutputHelper output) : ReviewTest(seed)
{
    private const int Principals = 100;

    [Fact]
    public async Task A_hundred_principals_answering_at_once_lose_no_update_and_each_row_version_has_one_winner()
    {
        var run = await Site.CurrentRunAsync();
        var plan = await Site.PlanAsync(run.RunId);
        var schools = (await Site.PrincipalsAsync()).SkipLast(1)
            .Where(p => plan.Assignments.Any(a => p.Scope.Contains(a.From.Value) || p.Scope.Contains(a.To.Value)))
            .Select(p => p.Account.SchoolId!).ToList();
        var sessions = new List<(PortalClient Client, string School, string Teacher, string Version, string Token)>();
        for (var i = 0; i < Principals; i++)
        {
            var login = $"load-{run.RunId}-{i}";
            var password = $"pw-{Guid.NewGuid():N}";
            var account = new Account(ReviewSite.County, login, $"校长{i}", "principal", schools[i % schools.Count], null, 0, null);
            await new AccountStore(Site.DataSource).CreateAsync(account with { PasswordHash = new PasswordHasher().HashPassword(account, password) },
                "test", CancellationToken.None);
            var client = await PortalClient.SignInAsync(Site.BaseAddress, login, password);
            var html = await client.PageAsync("/school");
            var form = FirstForm().Match(html);
            sessions.Add((client, account.SchoolId!, Uri.UnescapeDataString(form.Groups[1].Value), form.Groups[2].Value, PortalClient.Token(html)));
        }
        var stored = await Site.CountAsync("select count(*) from row_reviews");

        var timings = new double[Principals];
        var statuses = await Task.WhenAll(sessions.Select(async (s, i) =>
        {
            var clock = Stopwatch.StartNew();
            var response = await s.Client.PostFormAsync($"/school/rows/{Uri.EscapeDataString(s.Teacher)}", s.Token,
                ("version", s.Version), ("verdict", "object"), ("reason", $"压力测试 {i}"));
            timings[i] = clock.Elapsed.TotalMilliseconds;
            return response.StatusCode;
        }));

        var groups = sessions.Select((s, i) => (s.School, s.Teacher, Status: statuses[i])).GroupBy(x => (x.School, x.Teacher)).ToList();
        Array.Sort(timings);
        output.WriteLine($"{Principals} concurrent submissions: p50 {timings[Principals / 2]:0} ms, p95 {timings[(int)(Principals * 0.95) - 1]:0} ms, max {timings[^1]:0} ms; "
            + $"{statuses.Count(s => s == HttpStatusCode.Redirect)} stored, {statuses.Count(s => s == HttpStatusCode.Conflict)} refused as stale");
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Redirect, HttpStatusCode.Conflict }));
        Assert.All(groups, g => Assert.Equal(1, g.Count(x => x.Status == HttpStatusCode.Redirect)));
        Assert.Equal(stored + groups.Count, await Site.CountAsync("select count(*) from row_reviews"));
        foreach (var s in sessions)
        {
            s.Client.Dispose();
        }
    }

    [GeneratedRegex("action=\"/school/rows/([^\"]+)\">.*?name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex FirstForm();
}
