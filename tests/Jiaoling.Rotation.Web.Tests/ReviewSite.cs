using System.Net;
using Jiaoling.Rotation.App;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Tests.Store;
using Jiaoling.Rotation.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>
/// One test's served site: a copy of the seeded database (<see cref="ReviewSeed"/>) with its own host and plan
/// worker, the first plan finished, and the demo accounts with their passwords.
/// </summary>
public sealed class ReviewSite : IAsyncDisposable
{
    public const string County = "jiaoling";
    public const string Hostile = "<script>window.hacked=1</script>";

    /// <summary>What a spreadsheet program would run as a formula if a name or a reason began with it unguarded.</summary>
    public const string Formula = "=HYPERLINK(\"http://evil.example/\",\"点此\")";

    /// <summary>The API key of the site's county, and one of another county that has no data here.</summary>
    public const string ApiKey = "test-key-of-jiaoling-0123456789abcdef";
    public const string OtherCountyKey = "test-key-of-another-county-0123456789";

    private readonly PostgresServer _server;
    private readonly WebApplication _host;

    private ReviewSite(PostgresServer server, WebApplication host, string connectionString, ReviewSeed seed, string outputRoot)
    {
        (_server, _host, ConnectionString, OutputRoot) = (server, host, connectionString, outputRoot);
        DataSource = NpgsqlDataSource.Create(connectionString);
        BaseAddress = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        (Accounts, FirstRunId) = (seed.Accounts, seed.FirstRunId);
    }

    public string ConnectionString { get; }

    /// <summary>The folder the site's worker keeps its own private job folder in.</summary>
    public string OutputRoot { get; }

    public NpgsqlDataSource DataSource { get; }

    public Uri BaseAddress { get; }

    public IReadOnlyList<DemoAccounts.Created> Accounts { get; }

    public long FirstRunId { get; }

    public static async Task<ReviewSite> StartAsync(PostgresServer server, string connectionString, ReviewSeed seed)
    {
        var outputRoot = Path.Combine(Path.GetTempPath(), "jiaoling-tests", Guid.NewGuid().ToString("N"));
        return new(server, await StartHostAsync(connectionString, outputRoot), connectionString, seed, outputRoot);
    }

    /// <summary>Starts a portal host with its plan worker on the database.</summary>
    public static async Task<WebApplication> StartHostAsync(string connectionString, string? outputRoot = null)
    {
        var host = ServeHost.Build("http://127.0.0.1:0", _ => { }, new Dictionary<string, string?>
        {
            ["Api:Keys:" + County] = ApiKey,
            ["Api:Keys:other"] = OtherCountyKey,
            ["ConnectionStrings:Rotation"] = connectionString,
            ["Documents:MakePdf"] = "false",
            ["Worker:PollInterval"] = "00:00:00.2",
            ["Worker:DefaultWorkers"] = "2",
            ["Worker:DrainOnShutdown"] = "false",
            ["Worker:OutputRoot"] = outputRoot ?? Path.Combine(Path.GetTempPath(), "jiaoling-tests", Guid.NewGuid().ToString("N")),
            ["Review:ReplanTimeLimit"] = "00:00:15",
            ["Review:LoginsPerMinute"] = "1000",
        });
        await host.StartAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        await DataSource.DisposeAsync();
        await _server.DropDatabaseAsync(ConnectionString);
        if (Directory.Exists(OutputRoot))
        {
            Directory.Delete(OutputRoot, recursive: true);
        }
    }

    /// <summary>Waits (up to two minutes) for a job to finish with a plan, and returns its run id.</summary>
    public Task<long> WaitForRunAsync(long jobId) => WaitForRunAsync(DataSource, jobId);

    public static async Task<long> WaitForRunAsync(NpgsqlDataSource dataSource, long jobId)
    {
        var queue = new JobQueue(dataSource);
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

    /// <summary>The principal of a school a row of the current plan sends a teacher to objects to it; returns the row.</summary>
    public async Task<Assignment> ObjectAsync(string reason)
    {
        var plan = await PlanAsync((await CurrentRunAsync()).RunId);
        var (me, row) = (await PrincipalsAsync())
            .SelectMany(p => plan.Assignments.Where(a => p.Scope.Contains(a.To.Value)).Select(a => (p.Account, a))).First();
        using var principal = await PortalClient.SignInAsync(BaseAddress, me.Login, me.Password!);
        var objected = await principal.PostFormAsync($"/school/rows/{Uri.EscapeDataString(row.TeacherId.Value)}",
            await principal.TokenAsync("/school"), ("version", "0"), ("verdict", "object"), ("reason", reason));
        Assert.Equal(HttpStatusCode.Redirect, objected.StatusCode);
        return row;
    }

    /// <summary>HR publishes the current plan as final, which fills the register.</summary>
    public async Task PublishFinalAsync()
    {
        using var hr = await PortalClient.SignInAsync(BaseAddress, Hr.Login, Hr.Password!);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync("/hr/publish", await hr.TokenAsync("/hr"), ("stage", "final"))).StatusCode);
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
