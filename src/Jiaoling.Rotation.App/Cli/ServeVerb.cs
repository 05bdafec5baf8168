using System.CommandLine;
using Jiaoling.Rotation.App.Service;
using Jiaoling.Rotation.Data.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>serve [--urls URL]</c>: the planning host — the web endpoints and the worker that takes queued plan
/// jobs from PostgreSQL. The bindExecutor callback registers the planning pipeline the worker runs; without
/// one the host serves health and the API but takes no jobs.
/// </summary>
public static class ServeVerb
{
    public const string DefaultUrls = "http://localhost:5080";

    public static Command Create(Action<IServiceCollection>? bindExecutor = null)
    {
        var urls = new Option<string>("--urls") { Description = "监听地址", DefaultValueFactory = _ => DefaultUrls };
        var command = new Command("serve", "启动规划服务：网页接口和排队规划任务") { urls };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await using var app = ServeHost.Build(parse.GetValue(urls)!, bindExecutor ?? (_ => { }));
                await app.RunAsync(ct);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is StoreException or OptionsValidationException)
            {
                var message = e is OptionsValidationException v ? "配置有误：" + string.Join(" ", v.Failures) : e.Message;
                await Console.Error.WriteLineAsync(message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
