using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Check;

public sealed class CheckVerbTests
{
    private static string Fixture(string name) => RepoPaths.Combine("tests", "Jiaoling.Rotation.App.Tests", "Check", name);

    [Fact]
    public void Plan_keeping_every_rule_exits_0_saying_so_in_chinese()
    {
        var (exit, stdout, _) = CliRun.Of("check", "--data", RepoPaths.ContractExample, "--plan", Fixture("clean-plan.csv"));
        Assert.Equal(0, exit);
        Assert.Equal("方案共 49 条记录，符合全部 16 条规则。", stdout.Trim());
    }

    [Fact]
    public void Violating_plan_exits_1_with_every_violation_by_rule_id()
    {
        var (exit, stdout, _) = CliRun.Of("check", "--data", RepoPaths.ContractExample, "--plan", Fixture("violating-plan.csv"));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("eligibility: 教师 T00049（温婷辉）不符合交流条件（暂缓交流）", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("no_new_shortage: 学校 S001 小学心理健康（PSY）缺口由 0.2 增至 1.2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("min_exchange_ratio: 交流轮岗教师 4 人，少于符合交流条件教师 196 人", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("staff_quota: 学校 S006 调整后有 13 人，超过核定编制 12 人", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("plan_format: 第 7 条记录（教师 T00234）的姓名“张三”与教师名单中的“吴婷涛”不符", StringComparison.Ordinal));
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void Unreadable_plan_reports_plan_format_and_exits_1()
    {
        var (exit, stdout, _) = CliRun.Of("check", "--data", RepoPaths.ContractExample, "--plan", Fixture("no-such-plan.csv"));
        Assert.Equal(1, exit);
        Assert.StartsWith("plan_format: no-such-plan.csv:1: ", stdout);
    }

    [Fact]
    public void Invalid_dataset_exits_2_naming_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("check-verb-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RepoPaths.ContractExample))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
            var schools = Path.Combine(folder, "schools.csv");
            File.WriteAllText(schools, File.ReadAllText(schools).Replace(",urban,primary,", ",downtown,primary,"));
            var (exit, stdout, stderr) = CliRun.Of("check", "--data", folder, "--plan", Fixture("clean-plan.csv"));
            Assert.Equal(2, exit);
            Assert.Empty(stdout);
            Assert.StartsWith("schools.csv:2: ", stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
