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
}
