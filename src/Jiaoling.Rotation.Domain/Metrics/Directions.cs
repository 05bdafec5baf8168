namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The direction of a transfer between two places (see <see cref="Place"/>), and the counts of counted
/// transfers by sending → receiving place that metrics.json reports as <c>rotation.directions</c>.
/// </summary>
public sealed record Directions(IReadOnlyDictionary<(Place From, Place To), int> Counts)
{
    /// <summary>Places in the order reports list them.</summary>
    public static readonly IReadOnlyList<Place> Places = [Place.Urban, Place.Town, Place.Rural, Place.Weak];

    /// <summary>The school's place: <see cref="Place.Weak"/> for a weak school, else its area.</summary>
    public static Place Of(School school) => school.Weak
        ? Place.Weak
        : school.Area switch
        {
            Area.Urban => Place.Urban,
            Area.Town => Place.Town,
            _ => Place.Rural,
        };

    /// <summary>From a school that is neither rural nor weak to one that is: the direction item 19 asks for.</summary>
    public static bool IsToward(School from, School to) => IsToward(Of(from), Of(to));

    public static bool IsToward(Place from, Place to) => from is Place.Urban or Place.Town && to is Place.Rural or Place.Weak;

    /// <summary>Between two schools of the same area type, neither weak: a move the direction does not ask for.</summary>
    public static bool IsSideways(School from, School to) => IsSideways(Of(from), Of(to));

    public static bool IsSideways(Place from, Place to) => from == to && from != Place.Weak;

    public int Total => Counts.Values.Sum();

    public int this[Place from, Place to] => Counts.GetValueOrDefault((from, to));

    /// <summary>Counted transfers toward rural and weak schools.</summary>
    public int Toward => Counts.Where(kv => IsToward(kv.Key.From, kv.Key.To)).Sum(kv => kv.Value);

    /// <summary>Counted transfers between schools of the same area type, neither weak.</summary>
    public int Sideways => Counts.Where(kv => IsSideways(kv.Key.From, kv.Key.To)).Sum(kv => kv.Value);

    /// <summary>Share of the counted transfers toward rural and weak schools; null without transfers.</summary>
    public double? TowardShare => Total == 0 ? null : (double)Toward / Total;

    /// <summary>Share of the counted transfers that are sideways; null without transfers.</summary>
    public double? SidewaysShare => Total == 0 ? null : (double)Sideways / Total;

    /// <summary>Counts the transfers of the given (from, to) school pairs.</summary>
    public static Directions Count(IEnumerable<(School From, School To)> transfers) =>
        new(transfers.GroupBy(x => (Of(x.From), Of(x.To))).ToDictionary(g => g.Key, g => g.Count()));
}
