using Jiaoling.Rotation.App;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Tests.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Service;

/// <summary>A test's own database with one dataset imported, and planning hosts started on it.</summary>
public abstract class ServiceHostFixture(PostgresServer server) : IAsyncLifetime
{
    private readonly List<WebApplication> _hosts = [];

    protected string ConnectionString { get; private set; } = "";

    protected NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await server.CreateDatabaseAsync();
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        await new MigrationRunner(DataSource).ApplyAsync(CancellationToken.None);
        await new DatasetWriter(DataSource).ImportAsync(
            new DatasetImport("jiaoling", "2027", TinyCounty.Dataset(), [], "hr01", "/data/x"), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }
        await DataSource.DisposeAsync();
        await server.DropDatabaseAsync(ConnectionString);
    }

    /// <summary>Starts a host on a free port; returns it and its base address.</summary>
    protected async Task<(WebApplication Host, HttpClient Client)> StartHostAsync(string name, IPlanExecutor? executor,
        bool drain = false)
    {
        var host = ServeHost.Build("http://127.0.0.1:0", services =>
        {
            if (executor is not null)
            {
                services.AddSingleton(executor);
            }
        }, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Rotation"] = ConnectionString,
            ["Worker:HostName"] = name,
            ["Documents:MakePdf"] = "false",
            ["Worker:PollInterval"] = "00:00:00.1",
            ["Worker:ProgressInterval"] = "00:00:00.1",
            ["Worker:DrainOnShutdown"] = drain.ToString(),
            ["Worker:OutputRoot"] = Path.Combine(Path.GetTempPath(), "jiaoling-tests", Guid.NewGuid().ToString("N")),
        });
        await host.StartAsync();
        _hosts.Add(host);
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (host, new HttpClient { BaseAddress = new Uri(address) });
    }

    protected Task<PlanJob> EnqueueAsync(double seconds = 30) =>
        new JobQueue(DataSource).EnqueueAsync(new JobRequest("jiaoling", "2027", seconds, 1, 7, "hr01"), CancellationToken.None);

    /// <summary>Waits (up to 30 s, or <paramref name="within"/>) until the job satisfies the condition, and returns it.</summary>
    protected async Task<PlanJob> WaitForAsync(long jobId, Func<PlanJob, bool> condition, TimeSpan? within = null)
    {
        var queue = new JobQueue(DataSource);
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var job = (await queue.GetAsync("jiaoling", jobId, CancellationToken.None))!;
            if (condition(job) || DateTime.UtcNow > deadline)
            {
                return job;
            }
            await Task.Delay(50);
        }
    }

    protected async Task<long> CountAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
