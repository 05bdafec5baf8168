using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>Counted transfers from one kind of school (城区, 镇区, 乡村, 薄弱) to each kind, as the report's direction table shows them.</summary>
public sealed record DirectionRow(string From, IReadOnlyList<int> To, int Total)
{
    /// <summary>The Chinese name of a place.</summary>
    public static string Label(Place place) => place switch
    {
        Place.Urban => "城区学校",
        Place.Town => "镇区学校",
        Place.Rural => "乡村学校",
        Place.Weak => "薄弱学校",
        _ => place.ToString(),
    };

    public static IReadOnlyList<DirectionRow> Build(Directions d) => Directions.Places
        .Select(from => new DirectionRow(Label(from), Directions.Places.Select(to => d[from, to]).ToList(),
            Directions.Places.Sum(to => d[from, to])))
        .ToList();
}
