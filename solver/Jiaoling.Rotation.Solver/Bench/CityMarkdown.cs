using System.Text;

namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>The city section of docs/benchmarks.md: wall time beside the one-after-another time, and each county's plan.</summary>
internal static class CityMarkdown
{
    public static void Append(StringBuilder md, CityReport city)
    {
        var num = BenchMarkdown.Num;
        var valid = city.Counties.Count(c => c.Plan is { BrokenRules.Count: 0 });
        md.AppendLine($"## 全市：{city.Counties.Count} 个县经任务队列、{city.Processes} 个规划进程").AppendLine()
            .AppendLine($"每个县一个生成的模拟县（种子各不相同），导入临时 PostgreSQL 后用 `queue` 的同一套排队代码一次排队，由 {city.Processes} 个 `worker` 进程"
                        + $"同时规划（每个任务时限 {city.TimeLimitSeconds} 秒、CP-SAT {city.WorkersPerJob} 个线程，不生成 PDF）。"
                        + "“依次规划”是各县任务从开始到结束的用时之和，即只有一个规划进程时的总用时；每份方案都由 check 的同一套规则复核。")
            .AppendLine()
            .AppendLine($"- 全部完成用时：{num(city.WallSeconds, "0")} 秒；依次规划：{num(city.SequentialSeconds, "0")} 秒")
            .AppendLine($"- 复核无违规的方案：{valid} / {city.Counties.Count}")
            .AppendLine($"- 各规划进程峰值内存：{string.Join("、", city.PeakMemoryBytes.Select(b => $"{b / 1024 / 1024} MB"))}")
            .AppendLine()
            .AppendLine("| 县 | 教师 | 规划进程 | 任务用时 s | 退出码 | 紧缺学科未满足 FTE（贪心 → CP-SAT） | CV 之和（贪心 → CP-SAT） | 未满足的规则 | 各层目标值 / 下界（离最优多远） |")
            .AppendLine("|---|---:|---|---:|---:|---|---|---|---|");
        foreach (var c in city.Counties)
        {
            var plan = c.Plan;
            md.AppendLine($"| {c.Name} | {c.Teachers} | {c.Host} | {num(c.Seconds, "0.0")} | {c.ExitCode} | "
                          + $"{num((double)c.Greedy.ShortageFte, "0.0")} → {(plan is null ? "—" : num((double)plan.ShortageFte, "0.0"))} | "
                          + $"{num(c.Greedy.CvSum, "0.000")} → {(plan is null ? "—" : num(plan.CvSum, "0.000"))} | "
                          + $"{(plan is null ? "无方案" : plan.BrokenRules.Count == 0 ? "无" : string.Join("、", plan.BrokenRules))} | {BenchMarkdown.Levels(c.Levels)} |");
        }
        md.AppendLine();
    }
}
