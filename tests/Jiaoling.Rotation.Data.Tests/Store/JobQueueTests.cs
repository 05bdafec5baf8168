using Jiaoling.Rotation.Data.Store;

namespace Jiaoling.Rotation.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class JobQueueTests(PostgresServer server) : StoreTestBase(server)
{
    private static readonly CancellationToken None = CancellationToken.None;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await new DatasetWriter(DataSource).ImportAsync(
            new DatasetImport("jiaoling", "2027", TinyCounty.Dataset(), [], "hr01", "/data/x"), None);
    }

    private Task<PlanJob> EnqueueAsync() =>
        new JobQueue(DataSource).EnqueueAsync(new JobRequest("jiaoling", "2027", 30, 1, 7, "hr01"), None);

    [Fact]
    public async Task Two_hosts_taking_at_once_never_get_the_same_job()
    {
        for (var i = 0; i < 6; i++)
        {
            await EnqueueAsync();
        }
        var leases = new JobLeases(DataSource);

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => leases.TakeAsync($"host-{i % 2}", None)));

        var ids = taken.Where(l => l is not null).Select(l => l!.Job.Id).ToList();
        Assert.Equal(6, ids.Count);
        Assert.Equal(6, ids.Distinct().Count());
        foreach (var lease in taken.OfType<JobLease>())
        {
            await lease.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_host_taking_a_re_plan_job_gets_the_approved_teachers_it_was_queued_with()
    {
        await new JobQueue(DataSource).EnqueueAsync(new JobRequest("jiaoling", "2027", 30, 1, 7, "hr01", null, ["T2", "T1"]), None);

        await using var lease = await new JobLeases(DataSource).TakeAsync("host-a", None);

        Assert.Equal(["T2", "T1"], lease!.Job.ApprovedTeachers);
        Assert.Null(lease.Job.PreviousRunId);
    }

    [Fact]
    public async Task A_queued_job_is_cancelled_at_once_and_never_taken()
    {
        var job = await EnqueueAsync();

        var cancelled = await new JobQueue(DataSource).RequestCancelAsync("jiaoling", job.Id, "hr01", None);

        Assert.Equal("cancelled", cancelled!.Status);
        Assert.Null(await new JobLeases(DataSource).TakeAsync("host-a", None));
    }

    [Fact]
    public async Task A_job_whose_host_died_is_requeued_then_failed_after_the_last_attempt()
    {
        var job = await EnqueueAsync();
        var leases = new JobLeases(DataSource);
        var recovery = new JobRecovery(DataSource);

        await using (var first = await leases.TakeAsync("host-a", None))
        {
            Assert.Empty(await recovery.RecoverAsync(2, "host-b", None));
            await KillOwnerAsync(job.Id);
            Assert.Equal("queued", Assert.Single(await recovery.RecoverAsync(2, "host-b", None)).Status);
        }
        await using (var second = await leases.TakeAsync("host-b", None))
        {
            Assert.Equal(2, second!.Job.Attempts);
            await KillOwnerAsync(job.Id);
            Assert.Equal("failed", Assert.Single(await recovery.RecoverAsync(2, "host-c", None)).Status);
            Assert.False(await leases.FailAsync(second, "late", None));
        }
        var ended = await new JobQueue(DataSource).GetAsync("jiaoling", job.Id, None);
        Assert.Equal("failed", ended!.Status);
        Assert.Contains("中断 2 次", ended.Error);
    }

    [Fact]
    public async Task A_finished_job_stores_its_run_once_and_a_late_owner_stores_nothing()
    {
        var job = await EnqueueAsync();
        var leases = new JobLeases(DataSource);
        await using var lease = (await leases.TakeAsync("host-a", None))!;
        var run = new PlanRunRecord
        {
            County = "jiaoling", VersionId = job.VersionId, ExitCode = 0, Status = "optimal", TimeLimitSeconds = 30,
            Workers = 1, Seed = 7, StartedAt = DateTimeOffset.UtcNow, FinishedAt = DateTimeOffset.UtcNow, CreatedBy = "host-a",
            Files = [new RunFile("plan.csv", [1, 2, 3])],
        };

        var runId = await leases.FinishAsync(lease, run, None);
        var again = await leases.FinishAsync(lease, run, None);

        Assert.NotNull(runId);
        Assert.Null(again);
        Assert.Equal(1L, await ScalarAsync<long>("select count(*) from plan_runs"));
        Assert.Equal([1, 2, 3], await new RunReader(DataSource).FileAsync(runId!.Value, "plan.csv", None));
    }

    private async Task KillOwnerAsync(long jobId)
    {
        await using var cmd = DataSource.CreateCommand(
            "select pg_terminate_backend(pid, 5000) from pg_locks where locktype = 'advisory' and objid = $1 and granted");
        cmd.Parameters.AddWithValue((long)(uint)jobId);
        await cmd.ExecuteNonQueryAsync();
    }
}
