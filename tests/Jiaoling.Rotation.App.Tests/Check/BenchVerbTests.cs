using System.Text.RegularExpressions;
using Jiaoling.Rotation.App.Tests.Diagnose;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Check;

public sealed class BenchVerbTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("1000,50")]
    [InlineData("")]
    public void Bench_with_sizes_that_are_not_teacher_counts_exits_2(string sizes)
    {
        var (exit, _, stderr) = CliRun.Of("bench", "--sizes", sizes, "--out", Path.Combine(Path.GetTempPath(), "never-written.md"));
        Assert.Equal(2, exit);
        Assert.StartsWith("--sizes 应为逗号分隔的教师人数", stderr);
    }

    [Fact]
    public void Bench_of_a_dataset_folder_writes_a_table_naming_it_with_the_greedy_and_cp_sat_figures()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("bench", "--data", RepoPaths.ContractExample, "--time-limit", "10", "--workers", "1", "--out", temp["bench.md"]);

        Assert.True(run.Exit == 0, run.Err);
        var md = File.ReadAllText(temp["bench.md"]);
        Assert.Contains($"`bench --data {RepoPaths.ContractExample} --time-limit 10 --workers 1 --seed 1`", md);
        Assert.Matches(@"\n\| contract-example \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| (Optimal|Feasible) \| \d+ \|", md);
        // The overview: time, memory, shortage beside the greedy's and the floor no plan goes below, CV sum beside the
        // greedy's, and every level's value and bound in words. A level's bound reached early on a loaded machine can be
        // below 0; the message shows the whole line.
        var overview = md.Split('\n').First(line => line.StartsWith("| contract-example | 377 | ", StringComparison.Ordinal));
        Assert.True(Regex.IsMatch(overview,
            @"^\| contract-example \| \d+ \| [\d.]+ \| \d+ \| [\d.]+ → [\d.]+ \| [\d.]+ \| [\d.]+ → [\d.]+ \| 紧缺学科缺口 \d+ / 下界 -?\d+（(已证明|未能证明)"),
            overview);
        // Every level's value on the greedy plan and on the CP-SAT plan, and the measure of the priced levels.
        Assert.Contains("## 各层在自身度量上：贪心 → CP-SAT", md);
        Assert.Matches(@"\n\| contract-example \| 紧缺学科缺口 \| \d+ \| \d+ \| (0|[−+][\d.]+%) \| \d+ → \d+，(0|[−+][\d.]+%|—) \|", md);
        Assert.Matches(@"\n\| contract-example \| 流向与对教师的扰动 \| \d+ \| \d+ \| (0|[−+][\d.]+%) \| — \|", md);
        Assert.Contains("- 负载（/proc/loadavg", md);
        Assert.Contains("### contract-example（", md);
        Assert.Contains("| 指标 | 调整前 | 贪心 | CP-SAT |", md);
        Assert.Matches(@"\| 紧缺学科未满足 FTE \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", md);
        Assert.Matches(@"\| 紧缺学科未满足 FTE 的下限（任何方案不低于，线性松弛用时 [\d.]+ s） \| — \| — \| [\d.]+ \|", md);
        Assert.Matches(@"\| CV 之和 \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", md);
        Assert.Matches(@"\| 调动里程 km \| 0 \| \d+ \| \d+ \|", md);
        Assert.Contains("| 未满足的规则 | — | 无 | 无 |", md);
    }

    [Fact]
    public void Bench_with_both_data_and_sizes_is_a_usage_error_that_writes_nothing()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("bench", "--data", RepoPaths.ContractExample, "--sizes", "1000", "--out", temp["bench.md"]);
        Assert.Equal(2, run.Exit);
        Assert.Contains("--data 与 --sizes 不能同时使用", run.Err);
        Assert.False(File.Exists(temp["bench.md"]));
    }

    [Fact]
    public void Bench_of_an_invalid_dataset_folder_exits_2_with_its_problems_before_measuring_anything()
    {
        using var temp = new TempFolder();
        var broken = temp.Copy(RepoPaths.ContractExample, "broken", "schools.csv");
        var run = CliRun.Of("bench", "--data", RepoPaths.ContractExample, broken, "--out", temp["bench.md"]);
        Assert.Equal(2, run.Exit);
        Assert.Contains("schools.csv:1:", run.Err);
        Assert.DoesNotContain("正在测量", run.Err);
        Assert.False(File.Exists(temp["bench.md"]));
    }
}
