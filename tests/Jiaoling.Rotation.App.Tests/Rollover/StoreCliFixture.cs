using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Tests.Service;
using Jiaoling.Rotation.Tests.Store;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Rollover;

/// <summary>A test's own migrated database, a temp folder, and the program run as a child process against both.</summary>
public abstract class StoreCliFixture(PostgresServer server) : IAsyncLifetime
{
    protected string ConnectionString { get; private set; } = "";

    protected NpgsqlDataSource DataSource { get; private set; } = null!;

    protected string Folder { get; } = Directory.CreateTempSubdirectory("jiaoling-rollover-").FullName;

    public async Task InitializeAsync()
    {
        ConnectionString = await server.CreateDatabaseAsync();
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        await new MigrationRunner(DataSource).ApplyAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await server.DropDatabaseAsync(ConnectionString);
        Directory.Delete(Folder, recursive: true);
    }

    protected Task<AppProcess.Outcome> RunAsync(params string[] args) => AppProcess.RunAsync(ConnectionString, args);

    protected string In(string name) => Path.Combine(Folder, name);

    protected async Task<long> CountAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
