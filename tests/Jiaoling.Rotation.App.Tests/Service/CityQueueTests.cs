using System.Text.Json;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Tests.Store;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Service;

/// <summary>A city: two counties' datasets queued in one step and planned side by side by two worker processes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CityQueueTests(PostgresServer server) : CityTest(server, "jiaoling-city-")
{
    [Fact]
    public async Task Two_counties_queued_in_one_step_are_planned_side_by_side_each_valid_under_its_own_rules()
    {
        // County "pingyuan" asks for 15 % rotation where "dapu" keeps the national 10 %: each plan must meet its own.
        var dapu = Write("dapu", 11, 0.10m);
        var pingyuan = Write("pingyuan", 12, 0.15m);
        foreach (var (county, folder) in new[] { ("dapu", dapu), ("pingyuan", pingyuan) })
        {
            Assert.Equal(0, (await AppProcess.RunAsync(Connection, "import", "--data", folder, "--name", "2027", "--county", county)).ExitCode);
        }
        var workers = new[] { await AppProcess.StartWorkerAsync(Connection, "w1"), await AppProcess.StartWorkerAsync(Connection, "w2") };
        AppProcess.Outcome queued;
        try
        {
            queued = await AppProcess.RunAsync(Connection, "queue", "--name", "2027", "--time-limit", "30", "--workers", "1");
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Kill();
                await worker.WaitForExitAsync();
            }
        }

        Assert.True(queued.ExitCode == 0, queued.Stdout + queued.Stderr);
        foreach (var county in new[] { "dapu", "pingyuan" })
        {
            Assert.Contains($"{county}（数据集“2027”，任务 ", queued.Stdout);
            Assert.Matches($"{county}（数据集“2027”，任务 \\d+）：规划中（w[12]", queued.Stdout);
            Assert.Matches($"{county}（数据集“2027”，任务 \\d+）：完成（运行 \\d+", queued.Stdout);
        }
        Assert.Contains("共 2 个县：完成 2 个，失败 0 个", queued.Stdout);

        await using var data = NpgsqlDataSource.Create(Connection);
        var jobs = await Jobs(data);
        Assert.Equal(["dapu", "pingyuan"], jobs.Select(j => j.County));
        // Side by side: one job per worker, and their solves overlapped in time.
        Assert.Equal(["w1", "w2"], jobs.Select(j => j.Host).Order());
        Assert.True(jobs[0].Started < jobs[1].Finished && jobs[1].Started < jobs[0].Finished);

        var runs = new RunReader(data);
        foreach (var (job, folder, ratio) in new[] { (jobs[0], dapu, 0.10), (jobs[1], pingyuan, 0.15) })
        {
            var plan = Path.Combine(Folder, job.County + "-plan.csv");
            await File.WriteAllBytesAsync(plan, (await runs.FileAsync(job.RunId, "plan.csv", CancellationToken.None))!);
            var check = await AppProcess.RunAsync(Connection, "check", "--data", folder, "--plan", plan);
            Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
            using var metrics = JsonDocument.Parse((await runs.MetricsAsync(job.RunId, CancellationToken.None))!);
            Assert.True(metrics.RootElement.GetProperty("rotation").GetProperty("ratio").GetDouble() >= ratio);
        }
    }

    private string Write(string county, int seed, decimal ratio)
    {
        var dataset = CountyGenerator.Generate(new GeneratorOptions(GeneratorOptions.MinTeachers, seed));
        var folder = Path.Combine(Folder, county);
        ContractFolder.Write(dataset with { Policy = dataset.Policy with { MinExchangeRatio = ratio } }, folder);
        return folder;
    }

    private static async Task<List<(string County, string Host, long RunId, DateTime Started, DateTime Finished)>> Jobs(NpgsqlDataSource data)
    {
        await using var cmd = data.CreateCommand("select county, host, run_id, started_at, finished_at from plan_jobs order by county");
        await using var reader = await cmd.ExecuteReaderAsync();
        var list = new List<(string, string, long, DateTime, DateTime)>();
        while (await reader.ReadAsync())
        {
            list.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetDateTime(3), reader.GetDateTime(4)));
        }
        return list;
    }
}
