using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>
/// A worker's hold on a running job: a dedicated connection keeping the session advisory lock whose key
/// is the job id. The lock dies with the connection, so a host killed mid-solve leaves its job visibly
/// orphaned to every other host (see docs/store.md).
/// </summary>
public sealed class JobLease : IAsyncDisposable
{
    internal JobLease(NpgsqlConnection connection, PlanJob job, string host)
    {
        Connection = connection;
        Job = job;
        Host = host;
    }

    public PlanJob Job { get; }

    public string Host { get; }

    internal NpgsqlConnection Connection { get; }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Sql.ExecuteAsync(Connection, null, "select pg_advisory_unlock(@id)", CancellationToken.None, ("id", Job.Id));
        }
        catch (NpgsqlException)
        {
            // A broken connection has already lost its session and with it the lock: nothing to release.
        }
        await Connection.DisposeAsync();
    }
}
