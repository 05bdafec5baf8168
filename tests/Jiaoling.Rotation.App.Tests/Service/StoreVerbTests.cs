using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Tests.Store;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Service;

[Collection(PostgresCollection.Name)]
public sealed class StoreVerbTests(PostgresServer server) : IAsyncLifetime
{
    private string _connectionString = "";
    private string _broken = "";

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        _broken = Directory.CreateTempSubdirectory("jiaoling-broken-").FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.ContractExample))
        {
            File.Copy(file, Path.Combine(_broken, Path.GetFileName(file)));
        }
        var teachers = Path.Combine(_broken, "teachers.csv");
        var lines = await File.ReadAllLinesAsync(teachers);
        lines[1] = lines[1] + ",extra";
        await File.WriteAllLinesAsync(teachers, lines);
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_broken, recursive: true);
        await server.DropDatabaseAsync(_connectionString);
    }

    [Fact]
    public async Task An_invalid_import_exits_2_and_leaves_the_previous_version_untouched()
    {
        var first = await AppProcess.RunAsync(_connectionString, "import", "--data", RepoPaths.ContractExample, "--name", "2027");
        var invalid = await AppProcess.RunAsync(_connectionString, "import", "--data", _broken, "--name", "2027");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("第 1 版", first.Stdout);
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("teachers.csv:2:", invalid.Stderr);
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        var versions = await new DatasetLoader(dataSource).VersionsAsync("jiaoling", "2027", CancellationToken.None);
        var stored = await new DatasetLoader(dataSource).LoadAsync(Assert.Single(versions).Id, CancellationToken.None);
        Assert.Equal(File.ReadAllLines(Path.Combine(RepoPaths.ContractExample, "teachers.csv")).Length - 1, stored.Teachers.Count);
    }

    [Fact]
    public async Task Migrate_reports_an_unreachable_database_in_one_sentence_and_exits_1()
    {
        var outcome = await AppProcess.RunAsync("Host=127.0.0.1;Port=1;Username=x;Database=rotation;Timeout=2", "migrate");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("无法连接数据库 127.0.0.1:1/rotation", outcome.Stderr);
    }

    [Fact]
    public async Task Migrate_brings_a_fresh_database_to_the_latest_schema()
    {
        var outcome = await AppProcess.RunAsync(_connectionString, "migrate");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"最新版本 {Migration.Latest}", outcome.Stdout);
    }
}
