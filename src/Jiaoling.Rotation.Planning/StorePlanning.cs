using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Npgsql;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// Plans stored datasets: finds the latest version of a dataset, and wraps a planning executor so that
/// every run it makes is stored with its rows and files (<c>plan --dataset</c>).
/// </summary>
public sealed class StorePlanning(NpgsqlDataSource dataSource, DatasetLoader loader, TimeProvider time)
{
    /// <summary>The latest version of a dataset and its content; throws when the county has no such dataset.</summary>
    public async Task<(DatasetVersion Version, Dataset Dataset)> LatestAsync(string county, string name, CancellationToken ct)
    {
        var version = await loader.LatestVersionAsync(county, name, ct)
            ?? throw new StoreException($"县 {county} 没有名为“{name}”的数据集：请先用 import 导入。");
        return (version, await loader.LoadAsync(version.Id, ct));
    }

    /// <summary>An executor that runs <paramref name="inner"/> and stores each run against the version.</summary>
    public StoringExecutor Storing(IPlanExecutor inner, DatasetVersion version, string actor) =>
        new(inner, dataSource, version, actor, time);
}
