using System.Net;
using System.Net.Http.Json;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Service;

[Collection(PostgresCollection.Name)]
public sealed class PlanWorkerTests(PostgresServer server) : ServiceHostFixture(server)
{
    [Fact]
    public async Task A_posted_job_is_planned_and_its_run_and_output_files_are_served()
    {
        var (_, client) = await StartHostAsync("host-a", new ScriptedExecutor((d, dir, _, _, _) => ScriptedExecutor.WritePlanAsync(d, dir)));

        var posted = await client.PostAsJsonAsync("/api/jobs", new { dataset = "2027", timeLimitSeconds = 5 });
        var jobId = (await posted.Content.ReadFromJsonAsync<JobDto>())!.Id;
        var job = await WaitForAsync(jobId, j => j.Status == "finished");

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal((0, "host-a", 1), (job.ExitCode, job.Host, job.Attempts));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/runs/{job.RunId}")).StatusCode);
        Assert.Equal("teacher_id\nT001\n", await client.GetStringAsync($"/api/runs/{job.RunId}/files/plan.csv"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/runs/{job.RunId}/files/nothing.csv")).StatusCode);
    }

    [Fact]
    public async Task Progress_reaches_the_job_row_and_a_cancel_stops_the_solve_without_a_run()
    {
        var (_, client) = await StartHostAsync("host-a", new ScriptedExecutor((_, _, _, p, ct) => ScriptedExecutor.BlockAsync(p, ct)));
        var job = await EnqueueAsync();

        var running = await WaitForAsync(job.Id, j => j.Progress is not null);
        var cancel = await client.PostAsync($"/api/jobs/{job.Id}/cancel", null);
        var ended = await WaitForAsync(job.Id, j => j.Status == "cancelled");

        Assert.Equal(("shortage", 42.0, 40.0), (running.Progress!.Level, running.Progress.Objective, running.Progress.Bound));
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", ended.Status);
        Assert.Equal(0L, await CountAsync("select count(*) from plan_runs"));
    }

    [Fact]
    public async Task Two_hosts_on_one_database_never_take_the_same_job()
    {
        static ScriptedExecutor Slow() => new(async (d, dir, _, _, _) =>
        {
            await Task.Delay(50, CancellationToken.None);
            return await ScriptedExecutor.WritePlanAsync(d, dir);
        });
        var (a, b) = (Slow(), Slow());
        await StartHostAsync("host-a", a);
        await StartHostAsync("host-b", b);

        var jobs = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            jobs.Add((await EnqueueAsync()).Id);
        }
        foreach (var id in jobs)
        {
            Assert.Equal("finished", (await WaitForAsync(id, j => j.Status == "finished")).Status);
        }

        Assert.Equal(12, a.Calls + b.Calls);
        Assert.Equal(12L, await CountAsync("select count(*) from audit_log where action = 'job.started'"));
        Assert.Equal(12L, await CountAsync("select count(distinct job_id) from plan_runs"));
        Assert.Equal(12L, await CountAsync("select count(*) from plan_runs"));
    }

    [Fact]
    public async Task A_job_whose_host_died_mid_solve_leaves_no_run_and_is_finished_by_the_next_host()
    {
        await StartHostAsync("host-a", new ScriptedExecutor((_, _, _, p, ct) => ScriptedExecutor.BlockAsync(p, ct)));
        var job = await EnqueueAsync();
        await WaitForAsync(job.Id, j => j.Progress is not null);

        await TerminateLeaseOfAsync(job.Id);
        await StartHostAsync("host-b", new ScriptedExecutor((d, dir, _, _, _) => ScriptedExecutor.WritePlanAsync(d, dir)));
        var ended = await WaitForAsync(job.Id, j => j.Status == "finished");

        Assert.Equal(("finished", "host-b", 2), (ended.Status, ended.Host, ended.Attempts));
        Assert.Equal(1L, await CountAsync("select count(*) from audit_log where action = 'job.recovered'"));
        Assert.Equal(1L, await CountAsync("select count(*) from plan_runs where created_by = 'host-b'"));
        Assert.Equal(1L, await CountAsync("select count(*) from plan_runs"));
    }

    [Theory]
    [InlineData("""{"dataset":""}""")]
    [InlineData("""{"dataset":"2027","timeLimitSeconds":0}""")]
    [InlineData("""{"dataset":"2027","timeLimitSeconds":99999}""")]
    [InlineData("""{"dataset":"2027","workers":0}""")]
    public async Task A_job_request_out_of_range_is_refused_with_400_and_queues_nothing(string body)
    {
        var (_, client) = await StartHostAsync("host-a", executor: null);

        var response = await client.PostAsync("/api/jobs", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0L, await CountAsync("select count(*) from plan_jobs"));
    }

    /// <summary>What SIGKILL does to a host's database session: the server ends it and drops its locks.</summary>
    private async Task TerminateLeaseOfAsync(long jobId)
    {
        await using var cmd = DataSource.CreateCommand(
            "select pg_terminate_backend(pid, 5000) from pg_locks where locktype = 'advisory' and objid = $1 and granted");
        cmd.Parameters.AddWithValue((long)(uint)jobId);
        await cmd.ExecuteNonQueryAsync();
    }

    private sealed record JobDto(long Id, string Status);
}
