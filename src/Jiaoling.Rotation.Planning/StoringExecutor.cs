using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Npgsql;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// Runs the planning pipeline for a stored dataset version and then stores the run — status, figures,
/// plan rows and output files — in one transaction. A run that throws stores nothing.
/// </summary>
public sealed class StoringExecutor(IPlanExecutor inner, NpgsqlDataSource dataSource, DatasetVersion version, string actor,
    TimeProvider time) : IPlanExecutor
{
    /// <summary>The id of the last stored run, once one is stored.</summary>
    public long? RunId { get; private set; }

    public async Task<PlanRunResult> RunAsync(Dataset dataset, string outFolder, PlanSettings settings,
        IProgress<PlanProgress> progress, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var result = await inner.RunAsync(dataset, outFolder, settings, progress, ct);
        var record = RunRecords.From(version.County, version.Id, settings, result, outFolder, started, time.GetUtcNow(), actor);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        RunId = await RunWriter.SaveAsync(conn, tx, record, ct);
        await tx.CommitAsync(ct);
        return result;
    }
}
