using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Solver.Bench;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>bench [--sizes 1000,5000,10000,20000 | --data DIR…] [--city 8 [--city-teachers 2000] [--city-processes 2]]
/// [--time-limit 60] [--workers 2] [--seed 1] [--out docs/benchmarks.md]</c>:
/// generates a county per size, or reads each dataset folder given, measures the greedy baseline and the
/// CP-SAT planner on each in a child process of its own (so peak memory is per instance), and writes the
/// results as Markdown. With <c>--city</c>, it also plans that many generated counties through the job queue
/// of the configured PostgreSQL with worker processes (<see cref="BenchCity"/>); <c>--city</c> alone measures
/// only the city. An invalid dataset folder exits 2 before anything is measured.
/// </summary>
public static class BenchVerb
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "各实例的教师人数，逗号分隔", DefaultValueFactory = _ => "1000,5000,10000,20000" };
        var city = new Option<int>("--city") { Description = "另测一个市：生成这么多个县，经数据库任务队列由多个规划进程同时规划（需要 ConnectionStrings__Rotation，请用临时数据库）" };
        var cityTeachers = new Option<int>("--city-teachers") { Description = "市内每县教师人数", DefaultValueFactory = _ => 2000 };
        var cityProcesses = new Option<int>("--city-processes") { Description = "同时规划的 worker 进程数（每个任务的线程数为 --workers ÷ 进程数）", DefaultValueFactory = _ => 2 };
        var data = new Option<string[]>("--data")
        {
            Description = "改为测量已有的数据集文件夹（可给多个，实例以文件夹名称命名），不能与 --sizes 同用",
            AllowMultipleArgumentsPerToken = true,
        };
        var limit = new Option<int>("--time-limit") { Description = "每个实例 CP-SAT 的求解时限（秒）", DefaultValueFactory = _ => 60 };
        var workers = new Option<int>("--workers") { Description = "CP-SAT 并行线程数", DefaultValueFactory = _ => 2 };
        var seed = new Option<int>("--seed") { Description = "数据生成与求解的随机种子", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "结果写入的 Markdown 文件", DefaultValueFactory = _ => "docs/benchmarks.md" };
        var report = new Option<string?>("--instance-report") { Hidden = true };
        var command = new Command("bench", "性能基准：在生成的不同规模模拟县或已有的数据集上，比较贪心基线与 CP-SAT 规划器")
        {
            sizes, data, limit, workers, seed, output, report, city, cityTeachers, cityProcesses,
        };
        command.Validators.Add(r =>
        {
            if (r.GetResult(data) is not null && r.GetResult(sizes) is { Implicit: false })
            {
                r.AddError("--data 与 --sizes 不能同时使用：--data 测量已有的数据集，--sizes 测量按教师人数生成的模拟县，请只给其中一个。");
            }
        });
        command.SetAction((r, ct) =>
        {
            var stderr = r.InvocationConfiguration.Error;
            var folders = r.GetValue(data) ?? [];
            var list = new List<int>();
            if (folders.Length == 0 && !TryParseSizes(r.GetValue(sizes)!, out list))
            {
                stderr.WriteLine($"--sizes 应为逗号分隔的教师人数（每个至少 {GeneratorOptions.MinTeachers}），收到“{r.GetValue(sizes)}”。");
                return Task.FromResult(ExitCodes.InvalidInput);
            }
            if (r.GetValue(city) < 0 || r.GetValue(cityProcesses) < 1 || r.GetValue(cityTeachers) < GeneratorOptions.MinTeachers)
            {
                stderr.WriteLine($"--city 不能为负数，--city-processes 至少为 1，--city-teachers 至少为 {GeneratorOptions.MinTeachers}。");
                return Task.FromResult(ExitCodes.InvalidInput);
            }
            // --city alone measures only the city; with --sizes or --data given too, both.
            var cityOnly = r.GetValue(city) > 0 && folders.Length == 0 && r.GetResult(sizes) is null or { Implicit: true };
            var settings = new BenchSettings(cityOnly ? [] : list, r.GetValue(limit), r.GetValue(workers), r.GetValue(seed)) { Folders = folders };
            var citySettings = r.GetValue(city) > 0 ? new CitySettings(r.GetValue(city), r.GetValue(cityTeachers), r.GetValue(cityProcesses)) : null;
            return r.GetValue(report) is { } path
                ? Task.FromResult(MeasureOne(settings, path, stderr, ct))
                : RunAllAsync(settings, citySettings, r.GetValue(output)!, stderr, ct);
        });
        return command;
    }

    private static bool TryParseSizes(string text, out List<int> sizes)
    {
        sizes = [];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < GeneratorOptions.MinTeachers)
            {
                return false;
            }
            sizes.Add(n);
        }
        return sizes.Count > 0;
    }

    /// <summary>Child mode: one instance, measured in this process, written as JSON for the parent.</summary>
    private static int MeasureOne(BenchSettings settings, string reportPath, TextWriter stderr, CancellationToken ct)
    {
        var dataset = settings.Folders.Count > 0
            ? DatasetInput.Read(settings.Folders[0], stderr)
            : CountyGenerator.Generate(new GeneratorOptions(settings.Sizes[0], settings.Seed));
        if (dataset is null)
        {
            return ExitCodes.InvalidInput;
        }
        var result = BenchRunner.Measure(settings.InstanceName, County.Create(dataset), settings.SolverOptions, ct);
        File.WriteAllText(reportPath, JsonSerializer.Serialize(result));
        return ExitCodes.Ok;
    }

    private static async Task<int> RunAllAsync(BenchSettings settings, CitySettings? city, string outPath, TextWriter log, CancellationToken ct)
    {
        var loadBefore = MachineInfo.LoadAverage();
        // Every folder is read once up front, so a typo in the last one does not surface after an hour.
        var invalid = settings.Folders.Where(folder => DatasetInput.Read(folder, log) is null).ToList();
        if (invalid.Count > 0)
        {
            log.WriteLine($"数据集有误，未进行测量：{string.Join("、", invalid)}");
            return ExitCodes.InvalidInput;
        }
        var reports = new List<InstanceReport>();
        foreach (var instance in settings.Instances())
        {
            if (Measure(instance, log, ct) is not { } report)
            {
                return ExitCodes.Failure;
            }
            reports.Add(report);
        }
        CityReport? cityReport = null;
        if (city is not null)
        {
            var exit = await StoreCommand.RunAsync(async (services, _, token) =>
            {
                cityReport = await BenchCity.RunAsync(services, city, settings, log, token);
                return ExitCodes.Ok;
            }, ct);
            if (cityReport is null)
            {
                return exit;
            }
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(outPath));
        Directory.CreateDirectory(folder!);
        var load = loadBefore is null ? null : $"开始时 {loadBefore}，结束时 {MachineInfo.LoadAverage()}";
        File.WriteAllText(outPath, BenchMarkdown.Write(MachineInfo.Current(), settings, reports, DateTimeOffset.UtcNow, load, cityReport));
        log.WriteLine($"已写入 {Path.GetFullPath(outPath)}");
        return ExitCodes.Ok;
    }

    private static InstanceReport? Measure(BenchSettings instance, TextWriter log, CancellationToken ct)
    {
        var name = instance.InstanceName;
        log.WriteLine($"正在测量实例 {name}……");
        var reportPath = Path.GetTempFileName();
        try
        {
            var (exit, stderr) = BenchChild.Run(instance, reportPath, ct);
            if (exit != ExitCodes.Ok)
            {
                log.Write(stderr);
                log.WriteLine($"实例 {name} 测量失败（子进程退出码 {exit}）。");
                return null;
            }
            var report = JsonSerializer.Deserialize<InstanceReport>(File.ReadAllText(reportPath))!;
            log.WriteLine($"{name}（{report.Teachers} 名教师）：CP-SAT {report.Solver.Status}，用时 {report.Solver.WallSeconds:0.0} 秒，峰值内存 {report.PeakMemoryBytes / 1024 / 1024} MB。");
            return report;
        }
        finally
        {
            File.Delete(reportPath);
        }
    }
}
