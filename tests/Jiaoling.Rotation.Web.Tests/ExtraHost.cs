using Jiaoling.Rotation.App;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>A web host without a plan worker on a given database and a free port, with extra settings.</summary>
public static class ExtraHost
{
    public static async Task<(WebApplication Host, Uri Address)> StartAsync(string connectionString, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["ConnectionStrings:Rotation"] = connectionString, ["Worker:Enabled"] = "false" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        var host = ServeHost.Build("http://127.0.0.1:0", _ => { }, all);
        await host.StartAsync();
        return (host, new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }
}
