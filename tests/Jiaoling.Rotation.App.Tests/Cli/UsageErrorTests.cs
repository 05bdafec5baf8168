using Jiaoling.Rotation.App.Tests.Diagnose;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Cli;

/// <summary>A command line the parser rejects exits 2 with its errors on stderr, and runs nothing.</summary>
public sealed class UsageErrorTests
{
    [Fact]
    public void Plan_without_out_exits_2_naming_the_missing_option()
    {
        var run = CliRun.Of("plan", "--data", RepoPaths.ContractExample, "--no-pdf");
        AssertUsageError(run, "--out");
        Assert.Contains("plan --help", run.Err);
    }

    [Fact]
    public void Check_without_plan_exits_2_naming_the_missing_option()
    {
        AssertUsageError(CliRun.Of("check", "--data", RepoPaths.ContractExample), "--plan");
    }

    [Fact]
    public void Plan_with_an_unknown_option_exits_2_and_writes_nothing_to_out()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("plan", "--data", RepoPaths.ContractExample, "--out", temp["out"], "--no-pdf", "--fast");
        AssertUsageError(run, "--fast");
        Assert.False(Directory.Exists(temp["out"]));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Plan_without_data_or_dataset_exits_2_with_the_verbs_own_message_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("plan", "--out", temp["out"]);
        AssertUsageError(run, "请给出 --data（数据目录）或 --dataset（数据库中的数据集）中的一个。");
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_unknown_verb_exits_2_pointing_at_the_list_of_verbs()
    {
        var run = CliRun.Of("plann", "--data", RepoPaths.ContractExample);
        AssertUsageError(run, "plann");
        Assert.Contains("运行 --help 查看全部命令。", run.Err);
    }

    [Fact]
    public void Asking_for_help_is_not_an_error()
    {
        var run = CliRun.Of("plan", "--help");
        Assert.Equal(0, run.Exit);
        Assert.Contains("--out", run.Out);
        Assert.Equal("", run.Err);
    }

    [Theory]
    [InlineData("plan", "--out")]
    [InlineData("diagnose", "--data")]
    [InlineData("check", "--plan")]
    [InlineData("generate", "--teachers")]
    public void Help_is_in_Chinese_with_aligned_columns(string verb, string option)
    {
        var run = CliRun.Of(verb, "--help");

        Assert.Equal(0, run.Exit);
        foreach (var heading in new[] { "说明：", "用法：", "选项：", "显示帮助和用法" })
        {
            Assert.Contains(heading, run.Out);
        }
        Assert.DoesNotMatch("Description|Usage|Options|Show help|REQUIRED|default:", run.Out);
        Assert.Contains(option, run.Out);
    }

    [Theory]
    [InlineData("缺少必需的选项 --out", "plan", "--data", "x")]
    [InlineData("--time-limit 必须是正整数（秒），收到“abc”。", "plan", "--data", "x", "--out", "y", "--time-limit", "abc")]
    [InlineData("--workers 必须是 1 到 64 之间的整数，收到“0”。", "plan", "--data", "x", "--out", "y", "--workers", "0")]
    [InlineData("选项缺少所需参数", "plan", "--out", "y", "--data")]
    [InlineData("选项 --out 只能给一个值，收到 2 个", "plan", "--data", "x", "--out", "y", "--out", "z")]
    [InlineData("选项 --time-limit 的值“abc”无效，应为整数", "bench", "--time-limit", "abc")]
    [InlineData("未识别命令或参数“--fast”", "diagnose", "--data", "x", "--out", "y", "--fast")]
    public void Command_line_errors_are_in_Chinese_and_exit_2(string message, params string[] args)
    {
        var run = CliRun.Of(args);

        AssertUsageError(run, message);
        Assert.DoesNotMatch("[A-Z][a-z]+ [a-z]+ [a-z]+", run.Err);
    }

    private static void AssertUsageError(CliRun run, string mentioned)
    {
        Assert.Equal(2, run.Exit);
        Assert.StartsWith("命令行有误，未执行任何操作：", run.Err);
        Assert.Contains(mentioned, run.Err);
        Assert.Equal("", run.Out);
    }
}
