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

    private static void AssertUsageError(CliRun run, string mentioned)
    {
        Assert.Equal(2, run.Exit);
        Assert.StartsWith("命令行有误，未执行任何操作：", run.Err);
        Assert.Contains(mentioned, run.Err);
        Assert.Equal("", run.Out);
    }
}
