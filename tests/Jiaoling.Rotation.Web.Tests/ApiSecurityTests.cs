using System.Net;
using System.Net.Http.Json;
using System.Runtime.Versioning;
using System.Text.Json;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>The machine interface keeps to its caller's county and its host, and a NUL never reaches the database.</summary>
[Collection(ReviewCollection.Name)]
public sealed class ApiSecurityTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task Every_api_route_tried_for_another_county_leaks_nothing()
    {
        var run = await Site.CurrentRunAsync();
        var jobId = await Site.CountAsync("select min(id) from plan_jobs");
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        using var own = KeyClient(ReviewSite.ApiKey);
        using var other = KeyClient(ReviewSite.OtherCountyKey);
        var leaks = new List<string>();

        foreach (var path in new[] { $"/api/jobs/{jobId}", $"/api/runs/{run.RunId}", $"/api/runs/{run.RunId}/files/plan.csv" })
        {
            await Expect(own.GetAsync(path), HttpStatusCode.OK, leaks);
            await Expect(hr.GetAsync(path), HttpStatusCode.OK, leaks);
            await Expect(hr.GetAsync(path + "?county=other"), HttpStatusCode.Forbidden, leaks);
            await Expect(own.GetAsync(path + "?county=other"), HttpStatusCode.Forbidden, leaks);
            await Expect(other.GetAsync(path), HttpStatusCode.NotFound, leaks);
            await Expect(other.GetAsync(path + "?county=" + ReviewSite.County), HttpStatusCode.Forbidden, leaks);
        }
        await Expect(other.SendAsync(new(HttpMethod.Post, $"/api/jobs/{jobId}/cancel")), HttpStatusCode.NotFound, leaks);
        await Expect(hr.SendAsync(new(HttpMethod.Post, $"/api/jobs/{jobId}/cancel?county=other")), HttpStatusCode.Forbidden, leaks);
        await Expect(other.SendAsync(Json("/api/jobs", new { dataset = "demo" })), HttpStatusCode.NotFound, leaks);
        await Expect(hr.SendAsync(Json("/api/jobs", new { dataset = "demo", county = "other" })), HttpStatusCode.Forbidden, leaks);
        await Expect(own.SendAsync(Json("/api/jobs", new { dataset = "demo", county = "other" })), HttpStatusCode.Forbidden, leaks);

        Assert.Empty(leaks);
        Assert.Equal(0L, await Site.CountAsync("select count(*) from plan_jobs where county <> 'jiaoling' or cancel_requested"));
        Assert.Equal(jobId, await Site.CountAsync("select max(id) from plan_jobs"));
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_and_a_cross_site_post_changes_nothing()
    {
        var jobId = await Site.CountAsync("select min(id) from plan_jobs");
        using var anonymous = new PortalClient(Site.BaseAddress);
        using var own = KeyClient(ReviewSite.ApiKey);
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        var token = await hr.TokenAsync("/hr");
        var site = Site.BaseAddress.GetLeftPart(UriPartial.Authority);

        var rebound = await anonymous.SendAsync(WithHeader(new(HttpMethod.Get, "/"), "Host", "attacker.example"));
        var reboundApi = await own.SendAsync(WithHeader(new(HttpMethod.Get, $"/api/jobs/{jobId}"), "Host", "attacker.example:80"));
        var keyless = await anonymous.GetAsync($"/api/jobs/{jobId}");
        var cancel = await hr.SendAsync(WithHeader(new(HttpMethod.Post, $"/api/jobs/{jobId}/cancel"), "Origin", "http://attacker.example"));
        var publish = await hr.SendAsync(WithHeader(new(HttpMethod.Post, "/hr/publish") { Content = PortalClient.Form(token, ("stage", "final")) },
            "Referer", "http://attacker.example/page.html"));
        var ownPage = await hr.SendAsync(WithHeader(new(HttpMethod.Post, "/hr/publish") { Content = PortalClient.Form(token, ("stage", "final")) },
            "Origin", site));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (rebound.StatusCode, reboundApi.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, keyless.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (cancel.StatusCode, publish.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, ownPage.StatusCode);
        Assert.Equal(0L, await Site.CountAsync("select count(*) from plan_jobs where cancel_requested"));
        Assert.Equal(1L, await Site.CountAsync("select count(*) from publications"));
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task A_nul_in_a_dataset_name_or_any_field_is_a_400_and_job_outputs_stay_in_a_private_folder()
    {
        using var own = KeyClient(ReviewSite.ApiKey);
        using var anonymous = new PortalClient(Site.BaseAddress);
        var jobs = await Site.CountAsync("select count(*) from plan_jobs");

        var dataset = await own.SendAsync(Json("/api/jobs", new { dataset = "demo\0x" }));
        var county = await own.GetAsync("/api/runs/1?county=jiao%00ling");
        var login = await anonymous.PostFormAsync("/login", await anonymous.TokenAsync("/"), ("login", "hr\0"), ("password", "x"));
        var posted = await own.SendAsync(Json("/api/jobs", new { dataset = "demo", timeLimitSeconds = 3, workers = 1 }));
        var job = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await Site.WaitForRunAsync(job);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            [dataset.StatusCode, county.StatusCode, login.StatusCode]);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(jobs + 1, await Site.CountAsync("select count(*) from plan_jobs"));
        var folder = Assert.Single(Directory.GetDirectories(Site.OutputRoot));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_hr_gets_html_outputs_as_downloads()
    {
        var run = await Site.CurrentRunAsync();
        var plan = await Site.PlanAsync(run.RunId);
        // A school has a page when a row of the plan starts or ends there; which ones do depends on the plan found.
        var (principal, _) = (await Site.PrincipalsAsync())
            .First(p => plan.Assignments.Any(a => a.From.Value == p.Account.SchoolId || a.To.Value == p.Account.SchoolId));
        using var anonymous = new PortalClient(Site.BaseAddress);
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        using var school = await PortalClient.SignInAsync(Site.BaseAddress, principal.Login, principal.Password!);

        var login = await anonymous.GetAsync("/");
        var report = await hr.GetAsync($"/hr/runs/{run.RunId}/files/report.html");
        var page = await school.GetAsync($"/school/page/{principal.SchoolId}");
        var health = await anonymous.GetAsync("/health");

        var policy = string.Join(";", login.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.Equal("nosniff", Assert.Single(login.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(login.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("attachment", report.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("sandbox", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("""{"status":"ok","database":"ok"}""", await health.Content.ReadAsStringAsync());
    }

    private PortalClient KeyClient(string key) => new(Site.BaseAddress, null, ("Authorization", "Bearer " + key));

    private static HttpRequestMessage Json(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        if (name == "Host")
        {
            request.Headers.Host = value;
        }
        else
        {
            request.Headers.Add(name, value);
        }
        return request;
    }

    private static async Task Expect(Task<HttpResponseMessage> request, HttpStatusCode expected, List<string> leaks)
    {
        var response = await request;
        if (response.StatusCode != expected)
        {
            leaks.Add($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} → {(int)response.StatusCode}, expected {(int)expected}");
        }
    }
}
