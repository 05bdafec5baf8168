using Jiaoling.Rotation.App;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Tests.Store;
using Jiaoling.Rotation.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>
/// One served site for the review tests: its own PostgreSQL, a small generated county whose teachers all
/// carry a hostile name suffix, a finished first plan, and the demo accounts with their passwords.
/// </summary>
public sealed class ReviewSite : IAsyncLifetime
{
    public const string County = "jiaoling";
    public const string Hostile = "<script>window.hacked=1</script>";

    private readonly PostgresServer _server = new();
    private WebApplication _host = null!;

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<DemoAccounts.Created> Accounts { get; private set; } = [];

    public long FirstRunId { get; private set; }

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        ConnectionString = await _server.CreateDatabaseAsync();
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        await new MigrationRunner(DataSource).ApplyAsync(CancellationToken.None);
        var generated = CountyGenerator.Generate(new GeneratorOptions(GeneratorOptions.MinTeachers, 11));
        var dataset = generated with { Teachers = generated.Teachers.Select(t => t with { Name = t.Name + Hostile }).ToList() };
        await new DatasetWriter(DataSource).ImportAsync(new DatasetImport(County, "demo", dataset, [], "test", "generated"), CancellationToken.None);
        _host = ServeHost.Build("http://127.0.0.1:0", _ => { }, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Rotation"] = ConnectionString,
            ["Documents:MakePdf"] = "false",
            ["Worker:PollInterval"] = "00:00:00.2",
            ["Worker:DefaultWorkers"] = "2",
            ["Worker:DrainOnShutdown"] = "false",
            ["Worker:OutputRoot"] = Path.Combine(Path.GetTempPath(), "jiaoling-tests", Guid.NewGuid().ToString("N")),
            ["Review:ReplanTimeLimit"] = "00:00:15",
            ["Review:LoginsPerMinute"] = "1000",
        });
        await _host.StartAsync();
        BaseAddress = new Uri(_host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var job = await new JobQueue(DataSource).EnqueueAsync(new JobRequest(County, "demo", 15, 2, 1, "test"), CancellationToken.None);
        FirstRunId = await WaitForRunAsync(job.Id);
        Accounts = await DemoAccounts.CreateAsync(new AccountStore(DataSource), County, dataset, "test", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        await DataSource.DisposeAsync();
        await _server.DropDatabaseAsync(ConnectionString);
        await _server.DisposeAsync();
    }

    /// <summary>Waits (up to two minutes) for a job to finish with a plan, and returns its run id.</summary>
    public async Task<long> WaitForRunAsync(long jobId)
    {
        var queue = new JobQueue(DataSource);
        for (var i = 0; i < 1200; i++)
        {
            var job = (await queue.GetAsync(County, jobId, CancellationToken.None))!;
            if (job.Status is "finished" or "failed" or "cancelled")
            {
                return job.RunId ?? throw new InvalidOperationException($"job {jobId} ended {job.Status}: {job.Error}");
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"job {jobId} did not finish");
    }

    public async Task<Plan> PlanAsync(long runId) => await new RunReader(DataSource).PlanAsync(runId, CancellationToken.None);

    public async Task<CurrentRun> CurrentRunAsync() =>
        (await new ReviewStore(DataSource).CurrentRunAsync(County, CancellationToken.None))!;

    public DemoAccounts.Created Hr => Accounts.Single(a => a.Role == "hr");

    /// <summary>The principal accounts with their schools, teaching points included in the scope.</summary>
    public async Task<IReadOnlyList<(DemoAccounts.Created Account, IReadOnlySet<string> Scope)>> PrincipalsAsync()
    {
        var run = await CurrentRunAsync();
        var dataset = await new DatasetLoader(DataSource).LoadAsync(run.VersionId, CancellationToken.None);
        return Accounts.Where(a => a.Role == "principal")
            .Select(a => (a, (IReadOnlySet<string>)dataset.Schools
                .Where(s => s.Id.Value == a.SchoolId || s.ParentSchoolId?.Value == a.SchoolId).Select(s => s.Id.Value).ToHashSet()))
            .ToList();
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
