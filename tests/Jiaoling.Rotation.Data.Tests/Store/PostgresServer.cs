using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Store;

/// <summary>
/// The PostgreSQL server the integration tests use: the one named by <c>ConnectionStrings__Rotation</c>
/// when set, otherwise a throwaway cluster (initdb + pg_ctl as the postgres user, a free port, fsync off)
/// removed on dispose. Each test asks for its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string BinDir = "/usr/lib/postgresql/15/bin";
    private string? _folder;
    private string _adminConnectionString = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("ConnectionStrings__Rotation");
        if (!string.IsNullOrWhiteSpace(given))
        {
            _adminConnectionString = given;
            return;
        }
        _folder = Directory.CreateTempSubdirectory("jiaoling-pg-").FullName;
        var data = Path.Combine(_folder, "data");
        var port = FreePort();
        Chown(_folder);
        await RunAsync("initdb", $"-D {data} -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8");
        await RunAsync("pg_ctl", $"-D {data} -l {_folder}/server.log -w -t 30 start -o \"-c fsync=off " +
            $"-c full_page_writes=off -c synchronous_commit=off -c port={port} -c listen_addresses=127.0.0.1 " +
            $"-c unix_socket_directories={_folder} -c max_connections=200\"");
        _adminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    public async Task DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }
        await RunAsync("pg_ctl", $"-D {Path.Combine(_folder, "data")} -m immediate -w stop");
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var conn = new NpgsqlConnection(_adminConnectionString))
        {
            await conn.OpenAsync();
            // A database name cannot be a parameter; this one is generated here from a GUID.
            await using var cmd = new NpgsqlCommand($"create database {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static void Chown(string folder)
    {
        if (IsRoot)
        {
            using var chown = Process.Start("chown", ["-R", "postgres:postgres", folder]);
            chown.WaitForExit();
        }
    }

    private static async Task RunAsync(string tool, string arguments)
    {
        // initdb refuses to run as root, so as root the cluster belongs to the postgres user.
        var start = IsRoot
            ? new ProcessStartInfo("runuser", $"-u postgres -- {BinDir}/{tool} {arguments}")
            : new ProcessStartInfo($"{BinDir}/{tool}", arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await stdout}{await stderr}");
        }
    }
}
