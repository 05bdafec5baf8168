using Jiaoling.Rotation.Data.Store;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Store;

/// <summary>Gives each test its own migrated database on the shared server.</summary>
public abstract class StoreTestBase(PostgresServer server) : IAsyncLifetime
{
    protected NpgsqlDataSource DataSource { get; private set; } = null!;

    protected string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await server.CreateDatabaseAsync();
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        await new MigrationRunner(DataSource).ApplyAsync(CancellationToken.None);
    }

    public virtual async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await server.DropDatabaseAsync(ConnectionString);
    }

    protected async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
