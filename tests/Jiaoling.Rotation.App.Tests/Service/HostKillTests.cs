using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Service;

[Collection(PostgresCollection.Name)]
public sealed class HostKillTests(PostgresServer server) : ServiceHostFixture(server)
{
    [Fact]
    public async Task A_host_killed_mid_solve_leaves_no_run_and_its_job_is_requeued_then_failed_as_documented()
    {
        Assert.Equal(0, (await AppProcess.RunAsync(ConnectionString, "import", "--data", RepoPaths.SampleCounty, "--name", "sample")).ExitCode);
        var job = await new Data.Store.JobQueue(DataSource).EnqueueAsync(
            new Data.Store.JobRequest("jiaoling", "sample", 300, 1, 1, "hr01"), CancellationToken.None);

        await KillMidSolveAsync("host-1", job.Id);
        Assert.Equal(0L, await CountAsync("select count(*) from plan_runs"));

        var second = await KillMidSolveAsync("host-2", job.Id);
        Assert.Equal((2, "host-2"), (second.Attempts, second.Host));
        Assert.Equal(0L, await CountAsync("select count(*) from plan_runs"));

        using var third = await StartAsync("host-3");
        var ended = await WaitForAsync(job.Id, j => j.Status == "failed");
        third.Kill();

        Assert.Equal("failed", ended.Status);
        Assert.Contains("中断 2 次", ended.Error);
        Assert.Equal(0L, await CountAsync("select count(*) from plan_runs"));
        Assert.Equal(2L, await CountAsync("select count(*) from audit_log where action = 'job.recovered'"));
    }

    /// <summary>Starts a serving process, waits until it is solving the job, and kills it with SIGKILL.</summary>
    private async Task<Data.Store.PlanJob> KillMidSolveAsync(string host, long jobId)
    {
        using var process = await StartAsync(host);
        var running = await WaitForAsync(jobId, j => j.Status == "running" && j.Host == host);
        await Task.Delay(TimeSpan.FromSeconds(1));
        process.Kill();
        await process.WaitForExitAsync();
        Assert.Equal("running", running.Status);
        return running;
    }

    private Task<Process> StartAsync(string host) =>
        AppProcess.StartServeAsync(ConnectionString, FreePort(), new Dictionary<string, string>
        {
            ["Worker__HostName"] = host,
            ["Worker__PollInterval"] = "00:00:00.2",
            ["Worker__MaxTimeLimit"] = "00:10:00",
            ["Documents__MakePdf"] = "false",
        });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
