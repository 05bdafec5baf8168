using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Import.Tables.DistanceColumns;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>Reads distances.csv: road distances between two known, different schools, each pair once.</summary>
internal static class DistancesTable
{
    public static IReadOnlyList<DistanceOverride> Read(TableView table, SchoolIndex schools)
    {
        var distances = new List<DistanceOverride>();
        var pairs = new FirstLines<(SchoolId, SchoolId)>();
        foreach (var row in table.Rows())
        {
            var from = new SchoolId(row.Id(C.From, required: true) ?? "");
            var to = new SchoolId(row.Id(C.To, required: true) ?? "");
            var km = row.Double(C.Km, true, v => v >= 0, "不小于 0 的数字（公里）");
            if (from.Value.Length == 0 || to.Value.Length == 0)
            {
                continue;
            }
            schools.CheckKnown(row, C.From, from);
            schools.CheckKnown(row, C.To, to);
            if (from == to)
            {
                row.Error($"{C.From.Display}和{C.To.Display}是同一所学校“{from}”");
            }
            // Distances hold both ways, so S1→S2 and S2→S1 are the same pair.
            var pair = from.CompareTo(to) <= 0 ? (from, to) : (to, from);
            pairs.Add(row, pair, $"学校“{pair.Item1}”与“{pair.Item2}”之间的距离");
            if (km is { } value && !row.Failed)
            {
                distances.Add(new DistanceOverride(from, to, value));
            }
        }
        return distances;
    }
}
