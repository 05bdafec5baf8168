using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Tests.Store;
using Jiaoling.Rotation.Web;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>
/// The database every review test starts from, built once: its own PostgreSQL, a small generated county whose
/// teachers' names all begin like a spreadsheet formula and end in a script, a finished first plan, and the demo
/// accounts with their passwords.
/// Each test works on a copy of it (<see cref="StartSiteAsync"/>), so no test sees another's answers,
/// objections, locked accounts or publications.
/// </summary>
public sealed class ReviewSeed : IAsyncLifetime
{
    private readonly PostgresServer _server = new();
    private string _template = "";

    public IReadOnlyList<DemoAccounts.Created> Accounts { get; private set; } = [];

    public long FirstRunId { get; private set; }

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        _template = await _server.CreateDatabaseAsync();
        await using (var dataSource = NpgsqlDataSource.Create(_template))
        {
            await new MigrationRunner(dataSource).ApplyAsync(CancellationToken.None);
            var generated = CountyGenerator.Generate(new GeneratorOptions(GeneratorOptions.MinTeachers, 11));
            var dataset = generated with { Teachers = generated.Teachers.Select(t => t with { Name = ReviewSite.Formula + t.Name + ReviewSite.Hostile }).ToList() };
            await new DatasetWriter(dataSource).ImportAsync(
                new DatasetImport(ReviewSite.County, "demo", dataset, [], "test", "generated"), CancellationToken.None);
            await using (var host = await ReviewSite.StartHostAsync(_template))
            {
                var job = await new JobQueue(dataSource).EnqueueAsync(
                    new JobRequest(ReviewSite.County, "demo", 15, 2, 1, "test"), CancellationToken.None);
                FirstRunId = await ReviewSite.WaitForRunAsync(dataSource, job.Id);
                await host.StopAsync();
            }
            Accounts = await DemoAccounts.CreateAsync(new AccountStore(dataSource), ReviewSite.County, dataset, "test", CancellationToken.None);
        }
        // A database is copied only while no session is open on it.
        NpgsqlConnection.ClearAllPools();
    }

    public async Task DisposeAsync()
    {
        await _server.DropDatabaseAsync(_template);
        await _server.DisposeAsync();
    }

    /// <summary>A served copy of the seeded database, for one test.</summary>
    public async Task<ReviewSite> StartSiteAsync() =>
        await ReviewSite.StartAsync(_server, await _server.CreateDatabaseAsync(_template), this);
}
