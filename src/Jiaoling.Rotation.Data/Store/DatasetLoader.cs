using Jiaoling.Rotation.Domain;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>Loads stored dataset versions back into the domain's <see cref="Dataset"/>.</summary>
public sealed class DatasetLoader(NpgsqlDataSource dataSource)
{
    private const string VersionColumns = "id, county, dataset_name, version, imported_at, imported_by, source_folder";

    /// <summary>The newest version of a dataset, or null when the county has no dataset of that name.</summary>
    public async Task<DatasetVersion?> LatestVersionAsync(string county, string name, CancellationToken ct)
    {
        var versions = await VersionsAsync(county, name, ct);
        return versions.Count == 0 ? null : versions[^1];
    }

    /// <summary>Every version of a dataset, oldest first.</summary>
    public Task<IReadOnlyList<DatasetVersion>> VersionsAsync(string county, string name, CancellationToken ct) =>
        ReadVersionsAsync($"select {VersionColumns} from dataset_versions where county = @c and dataset_name = @n order by version",
            ct, ("c", county), ("n", name));

    /// <summary>The version the county imported last, whatever its dataset, or null when it has none.</summary>
    public async Task<DatasetVersion?> NewestInCountyAsync(string county, CancellationToken ct)
    {
        var versions = await ReadVersionsAsync($"select {VersionColumns} from dataset_versions where county = @c order by id desc limit 1",
            ct, ("c", county));
        return versions.Count == 0 ? null : versions[0];
    }

    private async Task<IReadOnlyList<DatasetVersion>> ReadVersionsAsync(string sql, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(conn, null, sql, parameters);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<DatasetVersion>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new DatasetVersion(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3),
                r.GetFieldValue<DateTimeOffset>(4), r.GetString(5), r.GetString(6)));
        }
        return list;
    }

    /// <summary>The dataset of one stored version, exactly as it was imported.</summary>
    public async Task<Dataset> LoadAsync(long versionId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        string policyJson;
        bool demandGiven;
        await using (var cmd = Sql.Command(conn, null, "select policy::text, demand_given from dataset_versions where id = @v",
            ("v", versionId)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct))
            {
                throw new StoreException($"数据集版本 {versionId} 不存在。");
            }
            (policyJson, demandGiven) = (r.GetString(0), r.GetBoolean(1));
        }
        return new Dataset
        {
            Schools = await DatasetRows.SchoolsAsync(conn, versionId, ct),
            Teachers = await DatasetRows.TeachersAsync(conn, versionId, ct),
            Demand = demandGiven ? await DatasetExtras.DemandAsync(conn, versionId, ct) : null,
            Distances = await DatasetExtras.DistancesAsync(conn, versionId, ct),
            Policy = PolicyJson.Deserialize(policyJson),
            Decisions = await DatasetExtras.DecisionsAsync(conn, versionId, ct),
        };
    }
}
