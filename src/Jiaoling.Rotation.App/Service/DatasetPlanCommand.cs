using Jiaoling.Rotation.App.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Jiaoling.Rotation.App.Service;

/// <summary>
/// The body of <c>plan --dataset NAME --out DIR</c>: plans the latest stored version with the bound
/// executor, stores the run, prints the executor's message on stderr and returns the contract's exit code.
/// The plan verb calls this when it is given <c>--dataset</c> instead of <c>--data</c>.
/// </summary>
public static class DatasetPlanCommand
{
    public static Task<int> RunAsync(string? county, string name, string outFolder, PlanSettings settings,
        IProgress<PlanProgress> progress, Action<IServiceCollection> bindExecutor, CancellationToken ct) =>
        StoreCommand.RunAsync(async (services, options, token) =>
        {
            var outcome = await services.GetRequiredService<StorePlanning>().PlanLatestAsync(
                county ?? options.County, name, outFolder, settings, Environment.UserName, progress, token);
            if (outcome.Result.Message is { } message)
            {
                await Console.Error.WriteLineAsync(message);
            }
            await Console.Error.WriteLineAsync(
                $"运行记录 {outcome.RunId} 已存入数据库（数据集“{outcome.Version.Name}”第 {outcome.Version.Version} 版，退出码 {outcome.Result.ExitCode}）。");
            return outcome.Result.ExitCode;
        }, ct, bindExecutor);
}
