using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// The body of <c>plan --dataset NAME --out DIR</c>: loads the latest stored version, hands it with a
/// storing executor to the run callback (the same runner as <c>plan --data</c>), and says which run
/// was stored. Returns the runner's exit code, or 1 when the database fails.
/// </summary>
public static class DatasetPlanCommand
{
    public static Task<int> RunAsync(string? county, string name, IPlanExecutor pipeline,
        Func<IPlanExecutor, Dataset, CancellationToken, Task<int>> run, TextWriter stderr, CancellationToken ct,
        Action<IServiceCollection>? configure = null) =>
        StoreCommand.RunAsync(async (services, options, token) =>
        {
            var planning = services.GetRequiredService<StorePlanning>();
            var (version, dataset) = await planning.LatestAsync(county ?? options.County, name, token);
            var storing = planning.Storing(pipeline, version, Environment.UserName);
            var exit = await run(storing, dataset, token);
            if (storing.RunId is { } runId)
            {
                await stderr.WriteLineAsync(
                    $"运行记录 {runId} 已存入数据库（县 {version.County} 数据集“{version.Name}”第 {version.Version} 版）。");
            }
            return exit;
        }, ct, configure);
}
