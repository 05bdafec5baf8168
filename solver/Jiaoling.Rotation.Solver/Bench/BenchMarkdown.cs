using System.Globalization;
using System.Text;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>Writes benchmark results as docs/benchmarks.md: the machine, the model and solve table, and plans side by side.</summary>
public static class BenchMarkdown
{
    /// <summary>
    /// The whole page; <paramref name="load"/> is the machine's load average during the run (the machine may be
    /// shared), <paramref name="city"/> the city planned through the queue, when measured.
    /// </summary>
    public static string Write(MachineInfo machine, BenchSettings settings, IReadOnlyList<InstanceReport> reports, DateTimeOffset when,
        string? load = null, CityReport? city = null)
    {
        var md = new StringBuilder();
        md.AppendLine("# 性能基准（bench）").AppendLine();
        // A city-only run measured no sizes: its command line names none.
        var args = reports.Count == 0 ? settings.Arguments().Skip(2).ToList() : settings.Arguments().ToList();
        if (city is not null)
        {
            args.AddRange(["--city", $"{city.Counties.Count}", "--city-teachers", $"{city.Counties.FirstOrDefault()?.Teachers}", "--city-processes", $"{city.Processes}"]);
        }
        md.AppendLine($"由 `bench {string.Join(" ", args)}` 于 {when:yyyy-MM-dd HH:mm} UTC 生成。")
            .AppendLine((settings.Folders.Count > 0
                    ? "每个实例是一个按数据约定准备的数据集文件夹（以文件夹名称命名），"
                    : "每个规模用数据生成器（data/generator，同一种子）生成一个模拟县，")
                + "在单独的子进程中先运行贪心基线（GreedyPlanner），再运行 CP-SAT 规划器（Planner.Solve），峰值内存为该子进程的 VmHWM。")
            .AppendLine()
            .AppendLine("贪心基线模拟人事股手工排方案的做法：先落实复核决定要求的调动；到期校长两两对调（落单者加入三方轮换，或与最近的未到期校长对调）；再按“紧缺学科、乡村/薄弱学校优先”的顺序，由最近的有富余教师整岗调入，不足一岗的部分用走教补足；最后以富余教师调出和同学科对调完成 10% 交流比例与 20% 骨干比例。每一步都先检查全部硬性规则，最后由 check 的同一套规则复核。")
            .AppendLine();
        md.AppendLine("## 机器").AppendLine()
            .AppendLine($"- CPU：{machine.Cpu}，{machine.Cores} 个逻辑核")
            .AppendLine($"- 内存：{Num(machine.MemoryGb, "0.0")} GB")
            .AppendLine($"- 系统：{machine.Os}")
            .AppendLine($"- .NET：{machine.Dotnet}")
            .AppendLine(load is null ? "" : $"- 负载（/proc/loadavg 的 1、5、15 分钟平均，机器与他人共用）：{load}")
            .AppendLine();
        if (reports.Count > 0)
        {
            AppendSummary(md, reports);
            AppendLevelValues(md, reports);
        }
        md.AppendLine("## 模型规模与求解").AppendLine()
            .AppendLine("| 实例 | 教师 | 学校 | 符合交流条件 | 变量 | 约束 | 候选调动 | 预处理 s | 各层求解 s | 总用时 s | 状态 | 峰值内存 MB |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var r in reports)
        {
            var s = r.Solver;
            md.AppendLine($"| {r.Name} | {r.Teachers} | {r.Schools} | {r.Eligible} | {s.Stats.Variables} | {s.Stats.Constraints} | {s.Stats.Candidates} | {Num(s.Stats.PresolveSeconds, "0.0")} | {Num(s.SolveSeconds, "0.0")} | {Num(s.WallSeconds, "0.0")} | {s.Status} | {r.PeakMemoryBytes / 1024 / 1024} |");
        }
        md.AppendLine();
        md.AppendLine("## 方案对比：调整前、贪心基线、CP-SAT").AppendLine()
            .AppendLine("紧缺学科未满足 FTE 为心理、体育、音乐、美术、信息科技五科在各校未满足需求之和；CV 为学生数加权的校际差异系数（小学 ≤ 0.50、初中 ≤ 0.45 达标），CV 之和为六项中有定义者之和（越小越均衡）；调动里程为方案每条记录两校间距离之和（公里）。")
            .AppendLine();
        foreach (var r in reports)
        {
            AppendComparison(md, r);
        }
        if (city is not null)
        {
            CityMarkdown.Append(md, city);
        }
        return md.ToString();
    }

    /// <summary>Each level's value and proven bound, and in words how far from the best that proves it.</summary>
    public static string Levels(IReadOnlyList<LevelResult> levels) => levels.Count == 0
        ? "—"
        : string.Join("；", levels.Select(l =>
            $"{ObjectiveLabels.Name(l.Name)} {Num(l.Objective, "0")} / 下界 {Num(l.Bound, "0")}（{ObjectiveLabels.Verdict(new SolverLevel(l.Name, l.Status, l.Objective, l.Bound, l.Gap, l.Seconds))}）"));

    /// <summary>The figures issue 14 asks for, one line an instance: time, memory, levels, and the plan beside the greedy's.</summary>
    private static void AppendSummary(StringBuilder md, IReadOnlyList<InstanceReport> reports)
    {
        md.AppendLine("## 一览").AppendLine()
            .AppendLine("| 实例 | 教师 | 总用时 s | 峰值内存 MB | 紧缺学科未满足 FTE（贪心 → CP-SAT） | 任何方案不低于 FTE | CV 之和（贪心 → CP-SAT） | 各层目标值 / 下界（离最优多远） |")
            .AppendLine("|---|---:|---:|---:|---|---:|---|---|");
        foreach (var r in reports)
        {
            var cp = r.Solver.Plan;
            md.AppendLine($"| {r.Name} | {r.Teachers} | {Num(r.Solver.WallSeconds, "0.0")} | {r.PeakMemoryBytes / 1024 / 1024} | "
                          + $"{Num((double)r.Greedy.ShortageFte, "0.0")} → {(cp is null ? "—" : Num((double)cp.ShortageFte, "0.0"))} | "
                          + $"{Num(r.Floor.FloorFte, "0.0")} | "
                          + $"{Num(r.Greedy.CvSum, "0.000")} → {(cp is null ? "—" : Num(cp.CvSum, "0.000"))} | {Levels(r.Solver.Levels)} |");
        }
        md.AppendLine()
            .AppendLine("“任何方案不低于”是紧缺学科未满足 FTE 的下限：对全县一切规则允许的调动（不限于 CP-SAT 模型的候选）求线性松弛的最优值"
                        + "（Solving/ShortageFloor.cs 列出保留与放宽的规则）。这部分缺口交流轮岗无论怎样安排都补不上，只能靠招聘；各层的下界则只对模型的候选调动成立。")
            .AppendLine();
    }

    /// <summary>
    /// Each level's value on the greedy plan and on the CP-SAT plan, by the planner's own expressions (lower is
    /// better on every level), and for the levels that price their moves the measure alone.
    /// </summary>
    private static void AppendLevelValues(StringBuilder md, IReadOnlyList<InstanceReport> reports)
    {
        md.AppendLine("## 各层在自身度量上：贪心 → CP-SAT").AppendLine()
            .AppendLine("每一层的值都由规划器最小化的同一个表达式算出（Solving/LevelValues.cs：把方案的每项调动固定在模型中，再逐层求出该方案的值），越小越好。"
                        + "紧缺学科、最低标准、差异系数三层的目标含调动代价（见 docs/policy.md），最后一列是不含代价的度量本身："
                        + "紧缺学科缺口为按学校加权的未满足十分之一 FTE（含特教资源教师），与一览中未加权的五科 FTE 不同。")
            .AppendLine()
            .AppendLine("| 实例 | 层 | 贪心 | CP-SAT | 变化 | 度量（不含调动代价）：贪心 → CP-SAT，变化 |")
            .AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var r in reports)
        {
            var cp = r.Solver.Plan?.Levels;
            if (r.Greedy.Levels is null)
            {
                md.AppendLine($"| {r.Name} | （贪心方案无法按各层表达式评估：它违反规则、有调动不在模型的候选之内，或未在时限内算出） | — | — | — | — |");
            }
            foreach (var g in r.Greedy.Levels ?? [])
            {
                var c = cp?.FirstOrDefault(l => l.Name == g.Name);
                var measure = g.Measure is { } gm
                    ? $"{gm} → {(c?.Measure is { } cm ? $"{cm}，{Change(gm, cm)}" : "—")}"
                    : "—";
                md.AppendLine($"| {r.Name} | {ObjectiveLabels.Name(g.Name)} | {g.Value} | {(c is null ? "—" : c.Value)} | "
                              + $"{(c is null ? "—" : Change(g.Value, c.Value))} | {measure} |");
            }
        }
        md.AppendLine();
    }

    /// <summary>The relative change from <paramref name="from"/> to <paramref name="to"/>, e.g. "−8.5%".</summary>
    internal static string Change(long from, long to) => from == 0
        ? (to == 0 ? "0" : "—")
        : (to - from < 0 ? "−" : "+") + Num(Math.Abs(to - from) * 100.0 / Math.Abs(from), "0.0") + "%";

    private static void AppendComparison(StringBuilder md, InstanceReport r)
    {
        var cp = r.Solver.Plan;
        md.AppendLine($"### {r.Name}（{r.Teachers} 名教师）").AppendLine()
            .AppendLine("| 指标 | 调整前 | 贪心 | CP-SAT |")
            .AppendLine("|---|---:|---:|---:|");
        Row(md, "紧缺学科未满足 FTE", r, p => Num((double)p.ShortageFte, "0.0"));
        md.AppendLine($"| 紧缺学科未满足 FTE 的下限（任何方案不低于，线性松弛用时 {Num(r.Floor.Seconds, "0.0")} s） | — | — | {Num(r.Floor.FloorFte, "0.0")} |");
        foreach (var stage in CountyMetrics.Stages)
        {
            foreach (var indicator in StageIndicators.All)
            {
                var key = PlanFigures.CvKey(stage, indicator);
                Row(md, $"CV {key}", r, p => p.Cvs.GetValueOrDefault(key) is { } cv ? Num(cv, "0.000") : "—");
            }
        }
        Row(md, "CV 之和", r, p => Num(p.CvSum, "0.000"));
        Row(md, "计入比例的交流人数", r, p => p.Rotated.ToString(CultureInfo.InvariantCulture));
        Row(md, "流向乡村、薄弱学校的比例", r, p => Percent(p.TowardShare));
        Row(md, "同类学校平调的比例", r, p => Percent(p.SidewaysShare));
        Row(md, "调动的不愿交流教师", r, p => p.UnwillingMoved.ToString(CultureInfo.InvariantCulture));
        Row(md, "达到最低标准的学校×学段×指标", r, p => p.PairsMeeting.ToString(CultureInfo.InvariantCulture));
        Row(md, "三项均达标的学校", r, p => p.AllThree.ToString(CultureInfo.InvariantCulture));
        Row(md, "最低标准合计差额（人）", r, p => Num((double)p.Shortfall, "0.0"));
        Row(md, "调动里程 km", r, p => Num(p.TotalKm, "0"));
        Row(md, "方案记录数", r, p => p.Rows.ToString(CultureInfo.InvariantCulture));
        md.AppendLine($"| 未满足的规则 | — | {Broken(r.Greedy)} | {(cp is null ? r.Solver.Status : Broken(cp))} |");
        md.AppendLine($"| 用时 s | — | {Num(r.Greedy.Seconds, "0.0")} | {(cp is null ? "—" : Num(cp.Seconds, "0.0"))} |");
        md.AppendLine();
    }

    private static void Row(StringBuilder md, string label, InstanceReport r, Func<PlanFigures, string> value) =>
        md.AppendLine($"| {label} | {value(r.Before)} | {value(r.Greedy)} | {(r.Solver.Plan is { } cp ? value(cp) : "—")} |");

    private static string Broken(PlanFigures p) => p.BrokenRules.Count == 0 ? "无" : string.Join("、", p.BrokenRules);

    private static string Percent(double? share) => share is { } v ? Num(v * 100, "0.0") + "%" : "—";

    internal static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
