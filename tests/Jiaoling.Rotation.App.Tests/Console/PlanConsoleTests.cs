using System.Globalization;
using System.Text.Json;
using Jiaoling.Rotation.App.Tests.Diagnose;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Console;

/// <summary>What a user reads of a plan run on the console: progress by step, then a summary in words.</summary>
public sealed class PlanConsoleTests : IClassFixture<PlanConsoleTests.ContractRun>
{
    private readonly ContractRun _run;

    public PlanConsoleTests(ContractRun run) => _run = run;

    /// <summary>One plan run of the contract example through the CLI, shared by the tests of this class.</summary>
    public sealed class ContractRun : IDisposable
    {
        private readonly TempFolder _temp = new();

        public ContractRun()
        {
            var cli = CliRun.Of("plan", "--data", RepoPaths.ContractExample, "--out", _temp["out"], "--time-limit", "20", "--workers", "2", "--no-pdf");
            (Exit, Out, Err) = (cli.Exit, cli.Out, cli.Err);
            Metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp["out"], "metrics.json"))).RootElement;
        }

        public int Exit { get; }

        public string Out { get; }

        public string Err { get; }

        public JsonElement Metrics { get; }

        public string[] Summary => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public void Dispose() => _temp.Dispose();
    }

    [Fact]
    public void The_summary_says_whether_each_quota_is_met_with_the_figures_of_metrics_json()
    {
        Assert.True(_run.Exit == 0, _run.Err);
        var rotation = _run.Metrics.GetProperty("rotation");
        var ratio = Line("交流比例：");
        Assert.Contains($"交流轮岗教师 {rotation.GetProperty("rotated").GetInt32()} 人", ratio);
        Assert.Contains($"符合交流条件教师 {rotation.GetProperty("eligible").GetInt32()} 人的 {Percent(rotation.GetProperty("ratio"))}", ratio);
        Assert.Contains("达到不低于 10.0% 的要求", ratio);
        var backbone = Line("骨干比例：");
        Assert.Contains($"{Percent(rotation.GetProperty("backbone_share"))}，达到不低于 20.0% 的要求", backbone);
    }

    [Fact]
    public void The_summary_gives_shortage_minimums_and_every_cv_before_and_after_with_its_verdict()
    {
        var shortage = _run.Metrics.GetProperty("shortage_fte");
        Assert.Equal($"紧缺学科缺额（折合全职）：{Fte(shortage, "before")} 人 → {Fte(shortage, "after")} 人。", Line("紧缺学科缺额"));
        var standards = _run.Metrics.GetProperty("standards");
        Assert.Contains($"小学 {AllThree(standards, "primary", "before")} 所 → {AllThree(standards, "primary", "after")} 所", Line("三项最低标准均达到的学校："));
        Assert.Contains($"初中 {AllThree(standards, "junior", "before")} 所 → {AllThree(standards, "junior", "after")} 所", Line("三项最低标准均达到的学校："));
        foreach (var (stage, label, limit) in new[] { ("primary", "小学", 0.50), ("junior", "初中", 0.45) })
        {
            var line = Line($"{label}差异系数（不超过 {limit:0.00}）：");
            foreach (var (key, name) in new[] { ("qualified_per_100", "高学历教师"), ("backbone_per_100", "骨干教师"), ("pe_art_per_100", "体艺教师") })
            {
                var cv = _run.Metrics.GetProperty("indicators").GetProperty(stage).GetProperty(key);
                var after = cv.GetProperty("after").GetProperty("cv").GetDouble();
                Assert.Contains($"{name} {Cv(cv, "before")} → {Cv(cv, "after")} {(after <= limit ? "达标" : "未达标")}", line);
            }
        }
    }

    [Fact]
    public void The_summary_says_in_words_how_good_each_level_is_and_prints_no_english_or_objective_numbers()
    {
        var levels = _run.Metrics.GetProperty("solver").GetProperty("levels").EnumerateArray().ToList();
        var quality = _run.Summary.SkipWhile(l => l != "各步求解质量：").Skip(1).ToList();
        Assert.Equal(levels.Count, quality.Count);
        foreach (var (level, line) in levels.Zip(quality))
        {
            Assert.StartsWith($"  {ObjectiveLabels.Name(level.GetProperty("name").GetString()!)}：", line);
            // The console and metrics.json say the same words, from the one function that makes them.
            Assert.Equal($"  {level.GetProperty("summary").GetString()}。", line);
            Assert.Matches("：(已证明最优|已证明距最优不超过 [0-9.]+%|未能证明)", line);
        }
        foreach (var english in new[] { "shortage", "standards", "disruption", "balance", "feasible", "optimal", "primary", "junior", "目标值" })
        {
            Assert.DoesNotContain(english, _run.Out + _run.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Redirected_progress_is_plain_lines_numbering_each_step_in_the_users_units()
    {
        var err = _run.Err;
        Assert.DoesNotContain('\r', err);
        Assert.DoesNotContain('\u001b', err);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("第 1/5 步 紧缺学科缺口：紧缺学科缺额 21.3 人 → ", StringComparison.Ordinal) && l.Contains("约剩"));
        Assert.Contains(lines, l => l.StartsWith("第 2/5 步 每校最低标准：未达到最低标准的学校×指标 ", StringComparison.Ordinal));
        for (var step = 1; step <= 5; step++)
        {
            Assert.Contains(lines, l => l.StartsWith($"第 {step}/5 步 ", StringComparison.Ordinal) && l.Contains("本步完成，已用"));
        }
        var steps = lines.Where(l => l.StartsWith("第 ", StringComparison.Ordinal)).Select(l => l[2]).ToList();
        Assert.Equal(steps.Order(), steps);
        Assert.Contains(lines, l => l.StartsWith("正在生成通知书 ", StringComparison.Ordinal));
    }

    private string Line(string start) => Assert.Single(_run.Summary, l => l.StartsWith(start, StringComparison.Ordinal));

    private static string Percent(JsonElement fraction) => (fraction.GetDouble() * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Fte(JsonElement shortage, string when) => shortage.GetProperty(when).GetDouble().ToString("0.0", CultureInfo.InvariantCulture);

    private static int AllThree(JsonElement standards, string stage, string when) =>
        standards.GetProperty(stage).GetProperty("all_three").GetProperty(when).GetInt32();

    private static string Cv(JsonElement indicator, string when) =>
        indicator.GetProperty(when).GetProperty("cv").GetDouble().ToString("0.000", CultureInfo.InvariantCulture);
}
