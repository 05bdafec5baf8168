using System.Net;
using Jiaoling.Rotation.Tests.Service;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(PostgresCollection.Name)]
public sealed class LoginRateLimitTests(PostgresServer server) : ServiceHostFixture(server)
{
    [Fact]
    public async Task One_address_trying_many_accounts_is_refused_after_its_logins_per_minute()
    {
        var (host, address) = await ExtraHost.StartAsync(ConnectionString, ("Review:LoginsPerMinute", "3"));
        await using var _ = host;
        using var client = new PortalClient(address);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostFormAsync("/login", await client.TokenAsync("/"), ("login", $"guess{i}"), ("password", "x"));
            statuses.Add(response.StatusCode);
        }
        await host.StopAsync();

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}
