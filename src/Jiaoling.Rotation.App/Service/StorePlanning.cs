using Jiaoling.Rotation.Data.Store;
using Npgsql;

namespace Jiaoling.Rotation.App.Service;

/// <summary>
/// <c>plan --dataset NAME --out DIR</c>: plans the latest stored version of a dataset with the same
/// executor as <c>plan --data</c>, writes the same outputs, and stores the run with its rows and files.
/// </summary>
public sealed class StorePlanning(NpgsqlDataSource dataSource, DatasetLoader loader, IPlanExecutor executor, TimeProvider time)
{
    public async Task<StoredPlanOutcome> PlanLatestAsync(string county, string name, string outFolder, PlanSettings settings,
        string actor, IProgress<PlanProgress> progress, CancellationToken ct)
    {
        var version = await loader.LatestVersionAsync(county, name, ct)
            ?? throw new StoreException($"县 {county} 没有名为“{name}”的数据集：请先用 import 导入。");
        var dataset = await loader.LoadAsync(version.Id, ct);
        var started = time.GetUtcNow();
        var result = await executor.RunAsync(dataset, outFolder, settings, progress, ct);
        var record = RunRecords.From(county, version.Id, settings, result, outFolder, started, time.GetUtcNow(), actor);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var runId = await RunWriter.SaveAsync(conn, tx, record, ct);
        await tx.CommitAsync(ct);
        return new StoredPlanOutcome(version, runId, result);
    }
}
