using System.Text.RegularExpressions;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Rollover;

[Collection(PostgresCollection.Name)]
public sealed partial class RolloverVerbTests(PostgresServer server) : StoreCliFixture(server)
{
    /// <summary>Imports the contract's example as 2027 and stores a finished run of it with a hand-made plan.</summary>
    private async Task<long> ImportWithRunAsync()
    {
        Assert.Equal(0, (await RunAsync("import", "--data", RepoPaths.ContractExample, "--name", "2027")).ExitCode);
        var version = (await new DatasetLoader(DataSource).LatestVersionAsync("jiaoling", "2027", CancellationToken.None))!;
        var teacher = (await new DatasetLoader(DataSource).LoadAsync(version.Id, CancellationToken.None)).Teachers[0];
        await using var conn = await DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var run = await RunWriter.SaveAsync(conn, tx, new PlanRunRecord
        {
            County = "jiaoling", VersionId = version.Id, ExitCode = 0, Status = "feasible", TimeLimitSeconds = 5, Workers = 1, Seed = 1,
            StartedAt = DateTimeOffset.UtcNow, FinishedAt = DateTimeOffset.UtcNow, CreatedBy = "test",
            Plan = new Plan([Assignment.Of(teacher, AssignmentKind.Transfer, new SchoolId("S003"), teacher.Subject, 1m, new Policy(), "测试")]),
        }, CancellationToken.None);
        await tx.CommitAsync();
        return run;
    }

    [Fact]
    public async Task Rollover_of_a_dataset_without_a_final_plan_exits_2_in_chinese_and_writes_nothing()
    {
        await ImportWithRunAsync();

        var outcome = await RunAsync("rollover", "--dataset", "2027", "--name", "2028", "--plan-start", "2028-09-01", "--out", In("2028"));
        var unknown = await RunAsync("rollover", "--dataset", "2026", "--name", "2027b", "--plan-start", "2028-09-01");

        Assert.Equal((2, 2), (outcome.ExitCode, unknown.ExitCode));
        Assert.Contains("数据集“2027”（共 1 个版本）还没有发布最终方案，无法据此生成下一年的数据", outcome.Stderr);
        Assert.Contains("县 jiaoling 没有名为“2026”的数据集", unknown.Stderr);
        Assert.False(Directory.Exists(In("2028")));
        Assert.Equal(1L, await CountAsync("select count(*) from dataset_versions"));
    }

    [Fact]
    public async Task Rollover_to_a_date_not_later_than_the_last_plan_start_exits_2_and_writes_nothing()
    {
        var run = await ImportWithRunAsync();
        Assert.Equal(0, (await RunAsync("publish", "--run", run.ToString())).ExitCode);

        var same = await RunAsync("rollover", "--dataset", "2027", "--name", "2028", "--plan-start", "2027-09-01", "--out", In("2028"));
        var earlier = await RunAsync("rollover", "--dataset", "2027", "--name", "2028", "--plan-start", "2026/9/1");
        var malformed = await RunAsync("rollover", "--dataset", "2027", "--name", "2028", "--plan-start", "明年九月");

        Assert.Equal((2, 2, 2), (same.ExitCode, earlier.ExitCode, malformed.ExitCode));
        Assert.Contains("--plan-start 2027-09-01 不晚于数据集“2027”第 1 版的规划起始日期 2027-09-01", same.Stderr);
        Assert.Contains("如 2028-09-01", earlier.Stderr);
        Assert.Contains("--plan-start 应为 YYYY-MM-DD 格式的日期", malformed.Stderr);
        Assert.False(Directory.Exists(In("2028")));
        Assert.Equal(1L, await CountAsync("select count(*) from dataset_versions"));
    }

    [Fact]
    public async Task Publishing_a_run_twice_is_refused_the_second_time_with_exit_2()
    {
        var run = await ImportWithRunAsync();

        var first = await RunAsync("publish", "--run", run.ToString());
        var second = await RunAsync("publish", "--run", run.ToString());
        var missing = await RunAsync("publish", "--run", "999");

        Assert.Equal((0, 2, 2), (first.ExitCode, second.ExitCode, missing.ExitCode));
        Assert.Contains($"运行 {run} 已发布为最终方案：数据集“2027”第 1 版（规划起始日期 2027-09-01），登记册新增 1 条记录", first.Stdout);
        Assert.Contains("同一数据集版本只能发布一次最终方案", second.Stderr);
        Assert.Contains("没有编号为 999 的规划运行", missing.Stderr);
        Assert.Equal(1L, await CountAsync("select count(*) from register_entries"));
    }

    [Fact]
    public async Task Plan_publish_rollover_and_plan_again_gives_a_valid_second_year_with_the_sent_teachers_at_their_hosts()
    {
        Assert.Equal(0, (await RunAsync("import", "--data", RepoPaths.ContractExample, "--name", "2027")).ExitCode);
        // Valid plans are all this test needs (check and the rules on sent teachers): 10 s each is ample for
        // the contract example, and a run the clock cuts short still returns the greedy plan, which holds every rule.
        var planned = await RunAsync("plan", "--dataset", "2027", "--out", In("plan-2027"), "--time-limit", "10", "--workers", "1", "--no-pdf");
        var run = RunId().Match(planned.Stderr).Groups[1].Value;

        var published = await RunAsync("publish", "--run", run);
        var rolled = await RunAsync("rollover", "--dataset", "2027", "--name", "2028", "--plan-start", "2028-09-01", "--out", In("2028"));
        var second = await RunAsync("plan", "--dataset", "2028", "--out", In("plan-2028"), "--time-limit", "10", "--workers", "1", "--no-pdf");
        var check = await RunAsync("check", "--data", In("2028"), "--plan", In("plan-2028/plan.csv"));

        Assert.Equal((0, 0, 0, 0, 0), (planned.ExitCode, published.ExitCode, rolled.ExitCode, second.ExitCode, check.ExitCode));
        Assert.Contains("已生成数据集“2028”第 1 版", rolled.Stdout);
        var transfers = File.ReadLines(In("plan-2027/plan.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[2] == "transfer").ToDictionary(c => c[0], c => (To: c[4], From: c[3], End: c[9]));
        var teachers = File.ReadLines(In("2028/teachers.csv")).ToList();
        var header = teachers[0].Split(',').ToList();
        var moved = teachers.Skip(1).Select(l => l.Split(',')).Where(c => transfers.ContainsKey(c[0])).ToList();
        Assert.Equal(transfers.Count, moved.Count);
        Assert.All(moved, c => Assert.Equal(transfers[c[0]],
            (c[header.IndexOf("school_id")], c[header.IndexOf("post_school_id")], c[header.IndexOf("last_rotation_end")])));
        var sentAgain = File.ReadLines(In("plan-2028/plan.csv")).Skip(1).Select(l => l.Split(',')[0]).Where(transfers.ContainsKey);
        Assert.Empty(sentAgain);
    }

    [GeneratedRegex("运行记录 ([0-9]+) 已存入数据库")]
    private static partial Regex RunId();
}
