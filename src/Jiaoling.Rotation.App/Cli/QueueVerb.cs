using System.CommandLine;
using System.Diagnostics;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>queue --datasets 县/名称,… | --name 名称 [--time-limit 秒] [--workers N] [--seed S] [--no-wait]</c>: queues
/// one plan job per county dataset in one step (each county's latest version, with its own policy) and follows
/// them until all have ended, a Chinese line per county as its job changes. The jobs are planned by whatever
/// <c>serve</c> or <c>worker</c> processes share the database. Exit 0 when every county got a plan, 1 when any
/// did not, 2 when a dataset is not stored (then nothing is queued).
/// </summary>
public static class QueueVerb
{
    public static Command Create()
    {
        var datasets = new Option<string?>("--datasets") { Description = "逗号分隔的“县代码/数据集名称”（只写名称时为 Store:County 的县）" };
        var name = new Option<string?>("--name") { Description = "为存有该名称数据集的每个县各排一个任务（如全市各县的 2027）" };
        var limit = new Option<int>("--time-limit") { Description = "每个县的求解时限（秒）", DefaultValueFactory = _ => (int)new WorkerOptions().DefaultTimeLimit.TotalSeconds };
        var workers = new Option<int>("--workers") { Description = "每个任务的 CP-SAT 线程数", DefaultValueFactory = _ => new WorkerOptions().DefaultWorkers };
        var seed = new Option<int>("--seed") { Description = "随机种子" };
        var noWait = new Option<bool>("--no-wait") { Description = "排队后立即返回，不等待规划结束" };
        var command = new Command("queue", "为多个县的数据集一次排队规划任务，并显示各县进度直到全部结束")
        {
            datasets, name, limit, workers, seed, noWait,
        };
        command.Validators.Add(r =>
        {
            if ((r.GetResult(datasets) is null) == (r.GetResult(name) is null))
            {
                r.AddError("请给出 --datasets（逗号分隔的“县代码/数据集名称”）或 --name（各县共同的数据集名称）中的一个。");
            }
            if (r.GetValue(limit) <= 0 || r.GetValue(workers) is < 1 or > 64)
            {
                r.AddError("--time-limit 须大于 0 秒，--workers 须在 1 到 64 之间。");
            }
        });
        command.SetAction((parse, ct) => StoreCommand.RunAsync(async (services, options, token) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var queue = services.GetRequiredService<JobQueue>();
            var stored = await queue.DatasetsAsync(token);
            var wanted = Wanted(parse.GetValue(datasets), parse.GetValue(name), options.County, stored);
            var missing = wanted.Where(d => !stored.Contains((d.County, d.Name))).ToList();
            if (wanted.Count == 0 || missing.Count > 0)
            {
                await stderr.WriteLineAsync(wanted.Count == 0
                    ? $"没有任何县存有名为“{parse.GetValue(name)}”的数据集：请先用 import --county 导入。未排队任何任务。"
                    : $"数据库中没有以下数据集：{string.Join("、", missing)}（请先用 import --county 县代码 --name 名称 导入）。未排队任何任务。");
                return ExitCodes.InvalidInput;
            }
            var jobs = new List<PlanJob>();
            foreach (var d in wanted)
            {
                jobs.Add(await queue.EnqueueAsync(new JobRequest(d.County, d.Name, parse.GetValue(limit), parse.GetValue(workers),
                    parse.GetValue(seed), Environment.UserName), token));
            }
            await stdout.WriteLineAsync($"已为 {jobs.Count} 个县排队规划任务，由共用此数据库的 serve 或 worker 进程处理。");
            if (parse.GetValue(noWait))
            {
                foreach (var job in jobs)
                {
                    await stdout.WriteLineAsync(CountyJobs.Line(job));
                }
                return ExitCodes.Ok;
            }
            var wall = Stopwatch.StartNew();
            try
            {
                var ended = await CountyJobs.WaitAsync(queue, jobs, stdout, TimeSpan.FromSeconds(1), token);
                await stdout.WriteLineAsync(CountyJobs.Summary(ended, wall));
                return ended.All(CountyJobs.Succeeded) ? ExitCodes.Ok : ExitCodes.Failure;
            }
            catch (OperationCanceledException)
            {
                await stderr.WriteLineAsync("已停止等待；任务仍在队列中，由规划服务继续处理。");
                return ExitCodes.Failure;
            }
        }, ct));
        return command;
    }

    private static List<CountyDataset> Wanted(string? datasets, string? name, string defaultCounty,
        IReadOnlyList<(string County, string Name)> stored) =>
        datasets is not null
            ? datasets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => CountyDataset.Parse(d, defaultCounty)).Distinct().ToList()
            : stored.Where(d => d.Name == name).Select(d => new CountyDataset(d.County, d.Name)).ToList();
}
