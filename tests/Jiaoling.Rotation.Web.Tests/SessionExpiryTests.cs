using System.Net;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class SessionExpiryTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task A_session_left_idle_longer_than_the_setting_must_sign_in_again()
    {
        var (host, address) = await ExtraHost.StartAsync(Site.ConnectionString, ("Review:SessionIdle", "00:00:02"));
        await using var _ = host;
        using var client = await PortalClient.SignInAsync(address, Site.Hr.Login, Site.Hr.Password!);

        var fresh = await client.GetAsync("/hr");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var idle = await client.GetAsync("/hr");

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.StartsWith("/?ReturnUrl=", idle.Headers.Location!.OriginalString.Replace(address.ToString(), "/"));
    }
}
