using Jiaoling.Rotation.Domain;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>
/// Stores a validated dataset as the next immutable version of its name, all in one transaction: a
/// failure anywhere leaves the previous versions exactly as they were and adds nothing.
/// </summary>
public sealed class DatasetWriter(NpgsqlDataSource dataSource)
{
    public async Task<DatasetVersion> ImportAsync(DatasetImport import, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var (county, name) = (import.County, import.Name);
        await Sql.ExecuteAsync(conn, tx, "insert into counties (county, name) values (@c, @c) on conflict do nothing", ct,
            ("c", county));
        await Sql.ExecuteAsync(conn, tx, "insert into datasets (county, name) values (@c, @n) on conflict do nothing", ct,
            ("c", county), ("n", name));
        // The row lock makes concurrent imports of one name take consecutive version numbers.
        await Sql.ExecuteAsync(conn, tx, "select 1 from datasets where county = @c and name = @n for update", ct,
            ("c", county), ("n", name));
        var version = await Sql.ScalarAsync<int>(conn, tx, """
            select coalesce(max(version), 0) + 1 from dataset_versions where county = @c and dataset_name = @n
            """, ct, ("c", county), ("n", name));
        long id;
        DateTime importedAt;
        await using (var insert = Sql.Command(conn, tx, """
            insert into dataset_versions (county, dataset_name, version, imported_by, source_folder, policy, demand_given)
            values (@c, @n, @v, @by, @folder, @policy::json, @given)
            returning id, imported_at
            """, ("c", county), ("n", name), ("v", version), ("by", import.ImportedBy), ("folder", import.SourceFolder),
            ("policy", PolicyJson.Serialize(import.Dataset.Policy)), ("given", import.Dataset.Demand is not null)))
        await using (var reader = await insert.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            (id, importedAt) = (reader.GetInt64(0), reader.GetDateTime(1));
        }
        await WriteTablesAsync(conn, tx, id, import, ct);
        await AuditLog.AppendAsync(conn, tx, county, import.ImportedBy, "dataset.imported", $"dataset:{name}",
            new { version_id = id, version, files = import.Files.Select(f => new { f.Name, f.Sha256 }) }, ct);
        await tx.CommitAsync(ct);
        return new DatasetVersion(id, county, name, version, importedAt, import.ImportedBy, import.SourceFolder);
    }

    private static async Task WriteTablesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, DatasetImport import,
        CancellationToken ct)
    {
        var dataset = import.Dataset;
        await DatasetCopy.SchoolsAsync(conn, id, dataset.Schools, ct);
        await DatasetCopy.TeachersAsync(conn, id, dataset.Teachers, ct);
        await DatasetCopy.DemandAsync(conn, id, dataset.Demand ?? [], ct);
        await Sql.ExecuteAsync(conn, tx, """
            insert into source_files (version_id, file_name, sha256)
            select @id, * from unnest(@names, @hashes)
            """, ct, ("id", id), ("names", import.Files.Select(f => f.Name).ToArray()),
            ("hashes", import.Files.Select(f => f.Sha256).ToArray()));
        await Sql.ExecuteAsync(conn, tx, """
            insert into distances (version_id, ordinal, from_school_id, to_school_id, km)
            select @id, (o - 1)::int, f, t, k from unnest(@from, @to, @km) with ordinality as u(f, t, k, o)
            """, ct, ("id", id), ("from", dataset.Distances.Select(d => d.From.Value).ToArray()),
            ("to", dataset.Distances.Select(d => d.To.Value).ToArray()), ("km", dataset.Distances.Select(d => d.Km).ToArray()));
        await Sql.ExecuteAsync(conn, tx, """
            insert into decisions (version_id, ordinal, teacher_id, decision, school_id)
            select @id, (o - 1)::int, t, d, s from unnest(@teacher, @decision, @school) with ordinality as u(t, d, s, o)
            """, ct, ("id", id), ("teacher", dataset.Decisions.Select(d => d.Teacher.Value).ToArray()),
            ("decision", dataset.Decisions.Select(d => Codes.Decision.Code(d.Kind)).ToArray()),
            ("school", dataset.Decisions.Select(d => d.School?.Value).ToArray()));
    }
}
