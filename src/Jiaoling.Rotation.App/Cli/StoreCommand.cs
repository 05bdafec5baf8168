using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// Runs a verb that needs the database: builds the host with the store, brings the schema up to date
/// (or refuses one newer than the code), and turns store failures into one line on stderr and exit 1.
/// </summary>
public static class StoreCommand
{
    public static async Task<int> RunAsync(Func<IServiceProvider, StoreOptions, CancellationToken, Task<int>> body,
        CancellationToken ct, Action<IServiceCollection>? configure = null)
    {
        try
        {
            using var host = CliHost.Build((services, configuration) =>
            {
                services.AddRotationStore(configuration);
                configure?.Invoke(services);
            });
            var options = host.Services.GetRequiredService<IOptions<StoreOptions>>().Value;
            var migrations = host.Services.GetRequiredService<MigrationRunner>();
            if (options.MigrateOnStart)
            {
                await migrations.ApplyAsync(ct);
            }
            await migrations.VerifyAsync(ct);
            return await body(host.Services, options, ct);
        }
        catch (StoreException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Failure;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("配置有误：" + string.Join(" ", e.Failures));
            return ExitCodes.Failure;
        }
    }
}
