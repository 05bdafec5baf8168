using System.Net;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class SharedSessionTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task A_session_and_form_token_from_one_host_are_accepted_by_another_host_on_the_same_database()
    {
        var (other, address) = await ExtraHost.StartAsync(Site.ConnectionString);
        await using var _ = other;
        var cookies = new CookieContainer();
        using var first = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!, cookies);
        var token = await first.TokenAsync("/hr");
        using var second = new PortalClient(address, cookies);

        var dashboard = await second.GetAsync("/hr");
        var publish = await second.PostFormAsync("/hr/publish", token, ("stage", "provisional"), ("deadline", "2027-07-01"));
        await other.StopAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Redirect), (dashboard.StatusCode, publish.StatusCode));
        // One key in the database serves both hosts (in one process the default per-user key folder would too).
        Assert.Equal(1L, await Site.CountAsync("select count(*) from data_protection_keys"));
    }
}
