using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Solver;
using Jiaoling.Rotation.Solver.Bench;
using Jiaoling.Rotation.Solver.Greedy;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// The city benchmark: generates the counties (seed + 1, seed + 2, …), imports each under a county of its
/// own into the configured (throwaway) PostgreSQL, starts the worker processes, queues one job per county as
/// <c>queue</c> does and follows them, then measures every county's plan beside its greedy baseline and checks it.
/// </summary>
internal static class BenchCity
{
    public const string DatasetName = "bench";

    public static async Task<CityReport> RunAsync(IServiceProvider services, CitySettings city, BenchSettings settings,
        TextWriter log, CancellationToken ct)
    {
        var counties = new Dictionary<string, County>();
        var writer = services.GetRequiredService<DatasetWriter>();
        for (var k = 1; k <= city.Counties; k++)
        {
            var options = new GeneratorOptions(city.Teachers, settings.Seed + k);
            var dataset = CountyGenerator.Generate(options);
            var code = $"city-{k.ToString(CultureInfo.InvariantCulture)}";
            await writer.ImportAsync(new DatasetImport(code, DatasetName, dataset, [], Environment.UserName,
                $"generate --teachers {options.Teachers} --seed {options.Seed}"), ct);
            counties[code] = County.Create(dataset);
        }
        log.WriteLine($"已导入 {city.Counties} 个模拟县（每县 {city.Teachers} 名教师），启动 {city.Processes} 个规划进程……");
        var perJob = Math.Max(1, settings.Workers / city.Processes);
        var queue = services.GetRequiredService<JobQueue>();
        var workers = Enumerable.Range(1, city.Processes).Select(StartWorker).ToList();
        var peaks = new List<long>();
        IReadOnlyList<PlanJob> ended;
        var wall = Stopwatch.StartNew();
        try
        {
            var jobs = new List<PlanJob>();
            foreach (var code in counties.Keys)
            {
                jobs.Add(await queue.EnqueueAsync(new JobRequest(code, DatasetName, settings.TimeLimitSeconds, perJob, settings.Seed, "bench"), ct));
            }
            ended = await CountyJobs.WaitAsync(queue, jobs, log, TimeSpan.FromSeconds(1), ct);
            wall.Stop();
            log.WriteLine(CountyJobs.Summary(ended, wall));
        }
        finally
        {
            foreach (var worker in workers)
            {
                peaks.Add(worker.HasExited ? 0 : PeakMemory.Of(worker));
                worker.Kill(entireProcessTree: true);
                worker.WaitForExit();
                worker.Dispose();
            }
        }
        var runs = services.GetRequiredService<RunReader>();
        var results = new List<CityCounty>();
        foreach (var job in ended)
        {
            results.Add(await MeasureAsync(runs, job, counties[job.County], ct));
        }
        return new CityReport(results, city.Processes, settings.TimeLimitSeconds, perJob, wall.Elapsed.TotalSeconds, peaks);
    }

    private static async Task<CityCounty> MeasureAsync(RunReader runs, PlanJob job, County county, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var greedy = PlanFigures.Of(county, GreedyPlanner.Plan(county, ct).Plan, 0);
        greedy = greedy with { Seconds = clock.Elapsed.TotalSeconds };
        var seconds = job is { StartedAt: { } s, FinishedAt: { } f } ? (f - s).TotalSeconds : 0;
        PlanFigures? plan = null;
        IReadOnlyList<LevelResult> levels = [];
        if (job.RunId is { } runId && job.ExitCode == 0)
        {
            plan = PlanFigures.Of(county, await runs.PlanAsync(runId, ct), seconds);
            levels = Levels(await runs.MetricsAsync(runId, ct));
        }
        return new CityCounty(job.County, county.Teachers.Count, seconds, job.Host ?? "—", job.ExitCode ?? -1, levels, greedy, plan);
    }

    /// <summary>The objective levels as the run's metrics.json reports them.</summary>
    private static List<LevelResult> Levels(string? metrics)
    {
        if (metrics is null)
        {
            return [];
        }
        using var json = JsonDocument.Parse(metrics);
        return json.RootElement.GetProperty("solver").GetProperty("levels").EnumerateArray().Select(l => new LevelResult(
            l.GetProperty("name").GetString()!, l.GetProperty("status").GetString()!, l.GetProperty("objective").GetDouble(),
            l.GetProperty("bound").GetDouble(), l.GetProperty("gap").GetDouble(), l.GetProperty("seconds").GetDouble())).ToList();
    }

    /// <summary>A <c>worker</c> process of this program on the same database; its log is drained and dropped.</summary>
    private static Process StartWorker(int number)
    {
        var start = BenchChild.SelfStart();
        start.ArgumentList.Add("worker");
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.Environment["Worker__HostName"] = $"bench-worker-{number.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["Worker__PollInterval"] = "00:00:00.5";
        start.Environment["Documents__MakePdf"] = "false";
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        return process;
    }
}
