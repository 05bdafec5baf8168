using System.Net;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Tests.Store;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Service;

[Collection(PostgresCollection.Name)]
public sealed class ShutdownAndHealthTests(PostgresServer server) : ServiceHostFixture(server)
{
    [Fact]
    public async Task Health_is_200_while_the_database_answers_and_503_once_it_does_not()
    {
        var (_, client) = await StartHostAsync("host-a", executor: null);
        var healthy = await client.GetAsync("/health");

        await RefuseConnectionsAsync();
        var unhealthy = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        // Up or down, never where the database is.
        Assert.Equal("""{"status":"unavailable","database":"unavailable"}""", await unhealthy.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_draining_shutdown_lets_the_running_solve_end_at_its_time_limit_and_keeps_its_run()
    {
        var executor = new ScriptedExecutor(async (d, dir, settings, _, _) =>
        {
            await Task.Delay(settings.TimeLimit, CancellationToken.None);
            return await ScriptedExecutor.WritePlanAsync(d, dir);
        });
        var (host, _) = await StartHostAsync("host-a", executor, drain: true);
        var job = await EnqueueAsync(seconds: 1.5);
        await WaitForAsync(job.Id, j => j.Status == "running");

        await host.StopAsync();

        var ended = await WaitForAsync(job.Id, j => j.Status != "running");
        Assert.Equal("finished", ended.Status);
        Assert.NotNull(ended.RunId);
    }

    [Fact]
    public async Task A_non_draining_shutdown_cancels_the_solve_and_puts_the_job_back_in_the_queue()
    {
        var (host, _) = await StartHostAsync("host-a", new ScriptedExecutor((_, _, _, p, ct) => ScriptedExecutor.BlockAsync(p, ct)));
        var job = await EnqueueAsync();
        await WaitForAsync(job.Id, j => j.Status == "running");

        await host.StopAsync();

        var ended = await WaitForAsync(job.Id, j => j.Status != "running");
        Assert.Equal(("queued", 0, (string?)null), (ended.Status, ended.Attempts, ended.Host));
        Assert.Equal(0L, await CountAsync("select count(*) from plan_runs"));
    }

    [Fact]
    public void Worker_settings_that_cannot_work_are_refused_with_every_reason()
    {
        var result = new WorkerOptionsValidator().Validate(null, new WorkerOptions
        {
            PollInterval = TimeSpan.Zero, MaxAttempts = 0, MaxTimeLimit = TimeSpan.FromSeconds(1),
        });

        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.Contains("Worker:MaxAttempts"));
    }

    private async Task RefuseConnectionsAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var database = builder.Database!;
        builder.Database = "postgres";
        builder.Pooling = false;
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync();
        // The test database's name comes from a GUID and cannot be a parameter of ALTER DATABASE.
        await using var alter = new NpgsqlCommand($"alter database \"{database}\" allow_connections false", admin);
        await alter.ExecuteNonQueryAsync();
        await using var kill = new NpgsqlCommand("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", admin);
        kill.Parameters.AddWithValue(database);
        await kill.ExecuteNonQueryAsync();
    }
}
