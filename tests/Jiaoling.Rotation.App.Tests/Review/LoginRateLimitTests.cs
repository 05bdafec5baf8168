using System.Net;
using Jiaoling.Rotation.App.Service;
using Jiaoling.Rotation.Tests.Service;
using Jiaoling.Rotation.Tests.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(PostgresCollection.Name)]
public sealed class LoginRateLimitTests(PostgresServer server) : ServiceHostFixture(server)
{
    [Fact]
    public async Task One_address_trying_many_accounts_is_refused_after_its_logins_per_minute()
    {
        await using var host = ServeHost.Build("http://127.0.0.1:0", _ => { }, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Rotation"] = ConnectionString,
            ["Worker:Enabled"] = "false",
            ["Review:LoginsPerMinute"] = "3",
        });
        await host.StartAsync();
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
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
