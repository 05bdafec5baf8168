using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Service;

/// <summary><c>bench --city</c>: generated counties planned through the queue by worker processes on a throwaway database.</summary>
[Collection(SolvingPostgresCollection.Name)]
public sealed class BenchCityTests(PostgresServer server) : CityTest(server, "jiaoling-bench-city-")
{
    [Fact]
    public async Task A_city_of_two_counties_reports_wall_time_beside_the_jobs_summed_and_checks_every_plan()
    {
        var md = Path.Combine(Folder, "bench.md");
        // A 200-teacher county's first level is proven optimal in well under a second and all levels end within 10 s.
        var run = await AppProcess.RunAsync(Connection, "bench", "--city", "2", "--city-teachers", "200", "--city-processes", "2",
            "--time-limit", "10", "--workers", "2", "--out", md);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("共 2 个县：完成 2 个，失败 0 个", run.Stderr);
        var text = await File.ReadAllTextAsync(md);
        Assert.Contains("`bench --time-limit 10 --workers 2 --seed 1 --city 2 --city-teachers 200 --city-processes 2`", text);
        Assert.DoesNotContain("## 一览", text);
        Assert.Matches(@"- 全部完成用时：\d+ 秒；依次规划：\d+ 秒", text);
        Assert.Contains("- 复核无违规的方案：2 / 2", text);
        Assert.Matches(@"- 各规划进程峰值内存：\d+ MB、\d+ MB", text);
        foreach (var county in new[] { "city-1", "city-2" })
        {
            Assert.Matches($@"\| {county} \| 200 \| bench-worker-[12] \| [\d.]+ \| 0 \| [\d.]+ → [\d.]+ \| [\d.]+ → [\d.]+ \| 无 \| 紧缺学科缺口 \d+ / 下界 \d+（", text);
        }
    }
}
