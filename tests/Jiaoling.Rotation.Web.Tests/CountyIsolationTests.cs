using System.Net;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>
/// Two counties on one database: the HR of the other county, on its own portal host and with its cookie replayed
/// on this county's host, finds nothing of this county behind any <c>/hr</c> or <c>/api</c> route and changes nothing.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class CountyIsolationTests(ReviewSeed seed) : ReviewTest(seed)
{
    private const string OtherCounty = "other";
    private const string OtherHr = "hr-other";

    [Fact]
    public async Task Every_hr_route_tried_by_another_countys_hr_shows_and_changes_nothing_of_this_county()
    {
        var (run, jobId, objection, markers) = await CountyWithEverythingAsync();
        var password = Passwords.Generate();
        await new AccountStore(Site.DataSource).CreateAsync(
            Passwords.WithPassword(new Account(OtherCounty, OtherHr, "他县人事股", "hr", null, null, 0, null), password), "test", CancellationToken.None);
        var (host, address) = await ExtraHost.StartAsync(Site.ConnectionString, ("Store:County", OtherCounty));
        await using var _ = host;
        var cookies = new CookieContainer();
        using var onOwnHost = await PortalClient.SignInAsync(address, OtherHr, password, cookies);
        // Cookies ignore the port: the same session, sent to this county's host (both hosts share the database's keys).
        using var onThisHost = new PortalClient(Site.BaseAddress, cookies);
        var before = await SnapshotAsync();
        var teacher = markers[0];
        var school = Site.Accounts.First(a => a.SchoolId is not null).SchoolId!;
        var leaks = new List<string>();

        foreach (var client in new[] { onOwnHost, onThisHost })
        {
            string[] gets =
            [
                "/hr", $"/hr/runs/{run}/files/plan.csv", $"/hr/runs/{run}/files/plan.xlsx", $"/hr/runs/{run}/files/report.html",
                $"/hr/diff/{run}/{run}", $"/hr/jobs/{jobId}?from={run}", "/hr/audit", "/hr/accounts", "/hr/objections.xlsx",
                $"/hr/runs/{run}/alternatives/{teacher}", "/hr/register", "/hr/register/export", $"/hr/register/export?school={school}",
                $"/hr/register/teachers/{teacher}", $"/api/runs/{run}", $"/api/runs/{run}/files/plan.csv", $"/api/jobs/{jobId}",
            ];
            foreach (var path in gets)
            {
                await ExpectNothingAsync(client.GetAsync(path), markers, leaks);
            }
            var token = await client.TokenAsync("/hr");
            (string Path, (string, string)[] Form)[] posts =
            [
                ($"/hr/reviews/{objection}/rule", [("decision", "forbid")]), ("/hr/publish", [("stage", "final")]), ("/hr/replan", []),
                ("/hr/accounts/reset", [("login", Site.Hr.Login)]), ("/hr/accounts/disable", [("login", Site.Hr.Login)]),
                ("/hr/accounts", [("role", "principal"), ("school", school), ("login", "p-x"), ("name", "x")]),
            ];
            foreach (var (path, form) in posts)
            {
                await ExpectNothingAsync(client.PostFormAsync(path, token, form), markers, leaks);
            }
            await ExpectNothingAsync(client.SendAsync(new(HttpMethod.Post, $"/api/jobs/{jobId}/cancel")), markers, leaks);
        }

        Assert.Empty(leaks);
        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>
    /// This county with a run, a job, a published register and an objection; returns their ids and what would
    /// betray the county's data in an answer: its teachers' ids, its principals' logins, its names' marker.
    /// </summary>
    private async Task<(long Run, long Job, long Objection, IReadOnlyList<string> Markers)> CountyWithEverythingAsync()
    {
        var run = await Site.CurrentRunAsync();
        var plan = await Site.PlanAsync(run.RunId);
        var principals = await Site.PrincipalsAsync();
        await Site.ObjectAsync("本县的异议");
        await Site.PublishFinalAsync();
        var markers = plan.Assignments.Select(a => a.TeacherId.Value).Distinct()
            .Concat(principals.Select(p => p.Account.Login)).Append("window.hacked").Append("本县的异议").ToList();
        return (run.RunId, await Site.CountAsync("select min(id) from plan_jobs"),
            await Site.CountAsync("select id from row_reviews where verdict = 'object'"), markers);
    }

    /// <summary>What another county could have changed here: rulings, publications, jobs, accounts and passwords.</summary>
    private async Task<string> SnapshotAsync()
    {
        string[] counts =
        [
            "select count(*) from review_decisions", "select count(*) from publications", "select count(*) from register_entries",
            "select count(*) from plan_jobs where cancel_requested or county <> 'jiaoling'",
            "select count(*) from plan_jobs", "select count(*) from accounts where county = 'jiaoling' and not disabled",
            "select count(*) from accounts", "select count(distinct password_hash) from accounts where county = 'jiaoling'",
        ];
        var values = new List<long>();
        foreach (var sql in counts)
        {
            values.Add(await Site.CountAsync(sql));
        }
        return string.Join(",", values);
    }

    /// <summary>Refused (400, 403, 404, 409), or answered without a trace of this county.</summary>
    private static async Task ExpectNothingAsync(Task<HttpResponseMessage> request, IReadOnlyList<string> markers, List<string> leaks)
    {
        var response = await request;
        var asked = $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}";
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            return;
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            leaks.Add($"{asked} → {(int)response.StatusCode}");
            return;
        }
        var body = await response.Content.ReadAsByteArrayAsync();
        var text = body.AsSpan().StartsWith("PK"u8)
            ? string.Join("\n", WorkbookCells.Of(body).Select(c => c.Text))
            : System.Text.Encoding.UTF8.GetString(body);
        leaks.AddRange(markers.Where(m => text.Contains(m, StringComparison.Ordinal)).Select(m => $"{asked} shows {m}"));
    }
}
