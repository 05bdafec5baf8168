using Jiaoling.Rotation.Domain;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>Reads demand, distances and decisions of one stored dataset version, in import order.</summary>
internal static class DatasetExtras
{
    public static async Task<List<DemandEntry>> DemandAsync(NpgsqlConnection conn, long versionId, CancellationToken ct)
    {
        await using var cmd = Sql.Command(conn, null,
            "select school_id, stage, subject, required_fte from demand where version_id = @v order by ordinal",
            ("v", versionId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<DemandEntry>();
        while (await r.ReadAsync(ct))
        {
            var key = new DemandKey(new SchoolId(r.GetString(0)), StoredCode.Parse(Codes.Stage, r.GetString(1), "demand.stage"),
                StoredCode.Subject(r.GetString(2)));
            list.Add(new DemandEntry(key, r.GetDecimal(3)));
        }
        return list;
    }

    public static async Task<List<DistanceOverride>> DistancesAsync(NpgsqlConnection conn, long versionId, CancellationToken ct)
    {
        await using var cmd = Sql.Command(conn, null,
            "select from_school_id, to_school_id, km from distances where version_id = @v order by ordinal", ("v", versionId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<DistanceOverride>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new DistanceOverride(new SchoolId(r.GetString(0)), new SchoolId(r.GetString(1)), r.GetDouble(2)));
        }
        return list;
    }

    public static async Task<List<Decision>> DecisionsAsync(NpgsqlConnection conn, long versionId, CancellationToken ct)
    {
        await using var cmd = Sql.Command(conn, null,
            "select teacher_id, decision, school_id from decisions where version_id = @v order by ordinal", ("v", versionId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<Decision>();
        while (await r.ReadAsync(ct))
        {
            var school = r.NullableString(2) is { } s ? new SchoolId(s) : (SchoolId?)null;
            list.Add(new Decision(new TeacherId(r.GetString(0)),
                StoredCode.Parse(Codes.Decision, r.GetString(1), "decisions.decision"), school));
        }
        return list;
    }
}
