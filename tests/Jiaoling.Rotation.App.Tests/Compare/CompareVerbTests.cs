using Jiaoling.Rotation.App.Tests.Diagnose;
using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Compare;

public sealed class CompareVerbTests : IDisposable
{
    private static readonly string PlanA = RepoPaths.Combine("tests", "Jiaoling.Rotation.App.Tests", "Check", "clean-plan.csv");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Plan A without its first row, and with the first transfer sent to another school.</summary>
    private (string Path, string Moved) PlanB()
    {
        var lines = File.ReadAllLines(PlanA).ToList();
        lines.RemoveAt(1);
        var i = lines.FindIndex(l => l.Contains(",transfer,", StringComparison.Ordinal));
        var cells = lines[i].Split(',');
        cells[4] = new[] { "S001", "S002", "S003" }.First(s => s != cells[3] && s != cells[4]);
        lines[i] = string.Join(',', cells);
        var path = _temp["b.csv"];
        File.WriteAllLines(path, lines);
        return (path, cells[0]);
    }

    [Fact]
    public void Compare_prints_and_writes_the_rows_plan_b_removes_and_changes_and_what_each_plan_achieves()
    {
        var (planB, moved) = PlanB();

        var run = CliRun.Of("compare", "--data", RepoPaths.ContractExample, "--plan", PlanA, "--plan", planB, "--out", _temp["out"]);

        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("逐行差异（B 相对于 A）：新增 0 条，删除 1 条，变更 1 人，相同 47 条。", run.Out);
        Assert.Contains("  删除 T00148 刘涵雪 校长交流", run.Out);
        Assert.Contains($"  变更 {moved} ", run.Out);
        var html = File.ReadAllText(Path.Combine(_temp["out"], "compare.html"));
        Assert.Contains("方案 B 删除的安排", html);
        Assert.Contains("刘涵雪", html);
        Assert.Contains("安排有变化的教师", html);
        // The figures are the plans measured as metrics.json measures them.
        var county = County.Create(DatasetReader.Read(RepoPaths.ContractExample).Dataset!);
        var (a, b) = (CountyMetrics.Measure(county, PlanCsv.Read(PlanA).Plan!), CountyMetrics.Measure(county, PlanCsv.Read(planB).Plan!));
        var rotated = Assert.Single(run.Out.Split('\n'), l => l.StartsWith("交流轮岗教师（计入比例，人）", StringComparison.Ordinal));
        Assert.Matches($"^交流轮岗教师（计入比例，人） +{a.Rotation.Rotated} +{b.Rotation.Rotated}", rotated);
        Assert.Contains($"<td class=\"num\">{a.ShortageFte:0.0}</td>", html.Replace(" better", ""));
        foreach (var label in new[] { "交流比例", "骨干教师占交流教师", "紧缺学科缺额", "三项最低标准均达到的学校", "初中体艺教师差异系数", "同类学校之间平调的比例", "不愿交流而被安排的教师", "调动里程（公里）", "违反的规则" })
        {
            Assert.Contains(label, html);
            Assert.Contains(label, run.Out);
        }
    }

    [Fact]
    public void An_invalid_plan_file_exits_2_naming_each_bad_line_and_writes_nothing()
    {
        var lines = File.ReadAllLines(PlanA);
        lines[2] = lines[2].Replace(",1.0,", ",一个,", StringComparison.Ordinal);
        lines[3] = "T99999" + lines[3][lines[3].IndexOf(',', StringComparison.Ordinal)..];
        var planB = _temp["b.csv"];
        File.WriteAllLines(planB, lines);

        var run = CliRun.Of("compare", "--data", RepoPaths.ContractExample, "--plan", PlanA, "--plan", planB, "--out", _temp["out"]);

        Assert.Equal(2, run.Exit);
        Assert.Contains($"{planB}:3: ", run.Err);
        Assert.Contains($"{planB}:4: teacher_id（工号）“T99999”不在数据集的教师名单中", run.Err);
        Assert.DoesNotContain($"{PlanA}:", run.Err);
        Assert.Equal("", run.Out);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public void Compare_needs_exactly_two_plans()
    {
        var run = CliRun.Of("compare", "--data", RepoPaths.ContractExample, "--plan", PlanA, "--out", _temp["out"]);

        Assert.Equal(2, run.Exit);
        Assert.Contains("请给出两个 --plan（方案 A 和方案 B），收到 1 个。", run.Err);
        Assert.False(Directory.Exists(_temp["out"]));
    }
}
