using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Service;

/// <summary>A test of planning several counties through the queue: a database of its own and a folder for the counties' files.</summary>
public abstract class CityTest(PostgresServer server, string prefix) : IAsyncLifetime
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    protected string Connection { get; private set; } = "";

    public async Task InitializeAsync() => Connection = await server.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        await server.DropDatabaseAsync(Connection);
        Directory.Delete(Folder, recursive: true);
    }
}
