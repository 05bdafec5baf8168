using Jiaoling.Rotation.App.Cli;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Tests.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Service;

[Collection(PostgresCollection.Name)]
public sealed class DatasetPlanCommandTests(PostgresServer server) : ServiceHostFixture(server)
{
    private static readonly PlanSettings Settings = new(TimeSpan.FromSeconds(5), 1, 7);

    [Fact]
    public async Task Planning_a_stored_dataset_uses_its_latest_version_writes_the_outputs_and_stores_the_run()
    {
        var latest = await new DatasetWriter(DataSource).ImportAsync(new DatasetImport("jiaoling", "2027",
            TinyCounty.Dataset() with { Teachers = [TinyCounty.Teacher("T777", "S001")] }, [], "hr01", "/data/y"), CancellationToken.None);
        var planned = new List<string>();
        var executor = new ScriptedExecutor((d, dir, _, _, _) =>
        {
            planned.Add(d.Teachers[0].Id.Value);
            return ScriptedExecutor.WritePlanAsync(d, dir);
        });
        var outFolder = Path.Combine(Path.GetTempPath(), "jiaoling-tests", Guid.NewGuid().ToString("N"));

        var exit = await DatasetPlanCommand.RunAsync(null, "2027", executor, Run(outFolder), TextWriter.Null, CancellationToken.None,
            UseTestDatabase);

        Assert.Equal(0, exit);
        Assert.Equal(["T777"], planned);
        Assert.Equal("teacher_id\nT777\n", await File.ReadAllTextAsync(Path.Combine(outFolder, "plan.csv")));
        Assert.Equal(1L, await CountAsync($"select count(*) from plan_runs where version_id = {latest.Id} and job_id is null"));
        Assert.Equal(2L, await CountAsync("select count(*) from run_files"));
        Directory.Delete(outFolder, recursive: true);
    }

    [Fact]
    public async Task Planning_a_dataset_the_county_does_not_have_exits_1_and_plans_nothing()
    {
        var executor = new ScriptedExecutor((d, dir, _, _, _) => ScriptedExecutor.WritePlanAsync(d, dir));

        var exit = await DatasetPlanCommand.RunAsync(null, "1999", executor, Run(Path.GetTempPath()), TextWriter.Null,
            CancellationToken.None, UseTestDatabase);

        Assert.Equal(1, exit);
        Assert.Equal(0, executor.Calls);
    }

    private static Func<IPlanExecutor, Dataset, CancellationToken, Task<int>> Run(string outFolder) =>
        async (executor, dataset, ct) =>
            (await executor.RunAsync(dataset, outFolder, Settings, new Progress<PlanProgress>(), ct)).ExitCode;

    private void UseTestDatabase(IServiceCollection services) =>
        services.AddSingleton(_ => NpgsqlDataSource.Create(ConnectionString));
}
