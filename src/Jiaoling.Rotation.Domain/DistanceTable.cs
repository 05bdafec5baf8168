namespace Jiaoling.Rotation.Domain;

/// <summary>
/// Distances between schools: a road distance from distances.csv where given (both directions), else
/// the great-circle distance between the schools' locations.
/// </summary>
public sealed class DistanceTable
{
    private readonly IReadOnlyDictionary<SchoolId, School> _schools;
    private readonly Dictionary<(SchoolId, SchoolId), double> _road = new();

    public DistanceTable(IReadOnlyDictionary<SchoolId, School> schools, IEnumerable<DistanceOverride> overrides)
    {
        _schools = schools;
        foreach (var o in overrides)
        {
            _road[(o.From, o.To)] = o.Km;
            _road[(o.To, o.From)] = o.Km;
        }
    }

    public double Km(SchoolId from, SchoolId to)
    {
        if (from == to)
        {
            return 0;
        }
        return _road.TryGetValue((from, to), out var km) ? km : _schools[from].Location.KmTo(_schools[to].Location);
    }

    /// <summary>Whether the distance passes a limit (≤ limit + <see cref="Tolerance.Km"/>).</summary>
    public static bool Within(double km, double limit) => km <= limit + Tolerance.Km;
}
