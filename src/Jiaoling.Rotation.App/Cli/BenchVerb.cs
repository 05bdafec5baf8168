using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Solver.Bench;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>bench [--sizes 1000,5000,20000] [--time-limit 60] [--workers 2] [--seed 1] [--out docs/benchmarks.md]</c>:
/// generates a county per size, measures the greedy baseline and the CP-SAT planner on each in a child
/// process of its own (so peak memory is per instance), and writes the results as Markdown.
/// </summary>
public static class BenchVerb
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "各实例的教师人数，逗号分隔", DefaultValueFactory = _ => "1000,5000,20000" };
        var limit = new Option<int>("--time-limit") { Description = "每个实例 CP-SAT 的求解时限（秒）", DefaultValueFactory = _ => 60 };
        var workers = new Option<int>("--workers") { Description = "CP-SAT 并行线程数", DefaultValueFactory = _ => 2 };
        var seed = new Option<int>("--seed") { Description = "数据生成与求解的随机种子", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "结果写入的 Markdown 文件", DefaultValueFactory = _ => "docs/benchmarks.md" };
        var report = new Option<string?>("--instance-report") { Hidden = true };
        var command = new Command("bench", "性能基准：生成不同规模的模拟县，比较贪心基线与 CP-SAT 规划器")
        {
            sizes, limit, workers, seed, output, report,
        };
        command.SetAction((r, ct) =>
        {
            if (!TryParseSizes(r.GetValue(sizes)!, out var list))
            {
                r.InvocationConfiguration.Error.WriteLine($"--sizes 应为逗号分隔的教师人数（每个至少 {GeneratorOptions.MinTeachers}），收到“{r.GetValue(sizes)}”。");
                return Task.FromResult(ExitCodes.InvalidInput);
            }
            var settings = new BenchSettings(list, r.GetValue(limit), r.GetValue(workers), r.GetValue(seed));
            return Task.FromResult(r.GetValue(report) is { } path
                ? MeasureOne(settings, path, ct)
                : RunAll(settings, r.GetValue(output)!, r.InvocationConfiguration.Error, ct));
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

    /// <summary>Child mode: one size, measured in this process, written as JSON for the parent.</summary>
    private static int MeasureOne(BenchSettings settings, string reportPath, CancellationToken ct)
    {
        var dataset = CountyGenerator.Generate(new GeneratorOptions(settings.Sizes[0], settings.Seed));
        var result = BenchRunner.Measure(County.Create(dataset), settings.SolverOptions, ct);
        File.WriteAllText(reportPath, JsonSerializer.Serialize(result));
        return ExitCodes.Ok;
    }

    private static int RunAll(BenchSettings settings, string outPath, TextWriter log, CancellationToken ct)
    {
        var reports = new List<InstanceReport>();
        foreach (var size in settings.Sizes)
        {
            log.WriteLine($"正在测量 {size} 名教师的实例……");
            var reportPath = Path.GetTempFileName();
            try
            {
                var exit = RunChild(settings with { Sizes = [size] }, reportPath, ct);
                if (exit != ExitCodes.Ok)
                {
                    log.WriteLine($"{size} 名教师的实例测量失败（子进程退出码 {exit}）。");
                    return ExitCodes.Failure;
                }
                var report = JsonSerializer.Deserialize<InstanceReport>(File.ReadAllText(reportPath))!;
                reports.Add(report);
                log.WriteLine($"{size} 名教师：CP-SAT {report.Solver.Status}，用时 {report.Solver.WallSeconds:0.0} 秒，峰值内存 {report.PeakMemoryBytes / 1024 / 1024} MB。");
            }
            finally
            {
                File.Delete(reportPath);
            }
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(outPath));
        Directory.CreateDirectory(folder!);
        File.WriteAllText(outPath, BenchMarkdown.Write(MachineInfo.Current(), settings, reports, DateTimeOffset.UtcNow));
        log.WriteLine($"已写入 {Path.GetFullPath(outPath)}");
        return ExitCodes.Ok;
    }

    private static int RunChild(BenchSettings settings, string reportPath, CancellationToken ct)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BenchVerb).Assembly.Location);
        }
        foreach (var arg in (string[])
            ["bench", "--sizes", settings.Sizes[0].ToString(CultureInfo.InvariantCulture),
             "--time-limit", settings.TimeLimitSeconds.ToString(CultureInfo.InvariantCulture),
             "--workers", settings.Workers.ToString(CultureInfo.InvariantCulture),
             "--seed", settings.Seed.ToString(CultureInfo.InvariantCulture), "--instance-report", reportPath])
        {
            start.ArgumentList.Add(arg);
        }
        using var child = Process.Start(start)!;
        using var kill = ct.Register(() => child.Kill(entireProcessTree: true));
        child.WaitForExit();
        return child.ExitCode;
    }
}
