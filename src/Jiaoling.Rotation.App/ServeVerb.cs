using System.CommandLine;

namespace Jiaoling.Rotation.App;

/// <summary>
/// <c>serve [--urls URL]</c>: the planning host — the web endpoints and the worker that takes queued plan
/// jobs from PostgreSQL, which run the same pipeline as <c>plan --data</c>.
/// </summary>
public static class ServeVerb
{
    public const string DefaultUrls = "http://localhost:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "监听地址", DefaultValueFactory = _ => DefaultUrls };
        var command = new Command("serve", "启动规划服务：网页接口和排队规划任务") { urls };
        command.SetAction((parse, ct) => HostRun.RunAsync(async () =>
        {
            await using var app = ServeHost.Build(parse.GetValue(urls)!, _ => { });
            await app.RunAsync(ct);
        }));
        return command;
    }
}
