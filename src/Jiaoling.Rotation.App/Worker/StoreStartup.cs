using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App.Worker;

/// <summary>
/// Runs first on a serving host: applies pending migrations (or only checks them) so that an unreachable
/// database or a schema newer than the code stops the host at start with one clear message.
/// </summary>
public sealed class StoreStartup(MigrationRunner migrations, IOptions<StoreOptions> options, ILogger<StoreStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            var applied = await migrations.ApplyAsync(cancellationToken);
            if (applied.Count > 0)
            {
                logger.LogInformation("Applied migrations {Versions}", string.Join(", ", applied));
            }
        }
        await migrations.VerifyAsync(cancellationToken);
        logger.LogInformation("Database schema is at version {Version}", Migration.Latest);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
