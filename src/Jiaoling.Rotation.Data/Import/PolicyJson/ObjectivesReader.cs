using System.Text.Json;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.PolicyJson;

/// <summary>
/// Reads the project key <c>objectives</c>: <c>order</c>, the level names in the order solved, and
/// the integer weights (0–1000; the percent max_sideways_percent 0–100) named as the snake_case properties
/// of <see cref="ObjectiveWeights"/>.
/// </summary>
internal static class ObjectivesReader
{
    public static readonly IReadOnlyDictionary<string, Func<ObjectiveWeights, int, ObjectiveWeights>> Weights =
        new Dictionary<string, Func<ObjectiveWeights, int, ObjectiveWeights>>
        {
            ["shortage_base"] = (w, i) => w with { ShortageBase = i },
            ["shortage_rural"] = (w, i) => w with { ShortageRural = i },
            ["shortage_weak"] = (w, i) => w with { ShortageWeak = i },
            ["shortage_teaching_point"] = (w, i) => w with { ShortageTeachingPoint = i },
            ["shortage_boarding"] = (w, i) => w with { ShortageBoarding = i },
            ["shortage_per500_students"] = (w, i) => w with { ShortagePer500Students = i },
            ["shortage_move_price"] = (w, i) => w with { ShortageMovePrice = i },
            ["standards_move_price"] = (w, i) => w with { StandardsMovePrice = i },
            ["cv_move_price"] = (w, i) => w with { CvMovePrice = i },
            ["disruption_move"] = (w, i) => w with { DisruptionMove = i },
            ["disruption_itinerant"] = (w, i) => w with { DisruptionItinerant = i },
            ["disruption_itinerant_row"] = (w, i) => w with { DisruptionItinerantRow = i },
            ["disruption_recent"] = (w, i) => w with { DisruptionRecent = i },
            ["disruption_sideways"] = (w, i) => w with { DisruptionSideways = i },
            ["disruption_away"] = (w, i) => w with { DisruptionAway = i },
            ["disruption_km"] = (w, i) => w with { DisruptionKm = i },
            ["disruption_surplus"] = (w, i) => w with { DisruptionSurplus = i },
            ["disruption_unwilling"] = (w, i) => w with { DisruptionUnwilling = i },
            ["disruption_volunteer"] = (w, i) => w with { DisruptionVolunteer = i },
            ["disruption_rural_service"] = (w, i) => w with { DisruptionRuralService = i },
            ["max_sideways_percent"] = (w, i) => w with { MaxSidewaysPercent = i },
        };

    public const int MaxWeight = 1000;

    public static ObjectiveWeights Read(ObjectiveWeights weights, string path, JsonElement value, JsonValues v)
    {
        foreach (var (key, property) in v.Properties(path, value))
        {
            if (property.Name == "order")
            {
                weights = Order(key, property.Value, v) is { } order ? weights with { Order = order } : weights;
            }
            else if (Weights.TryGetValue(property.Name, out var set))
            {
                var max = property.Name == "max_sideways_percent" ? 100 : MaxWeight;
                weights = v.Int(key, property.Value, 0, max) is { } w ? set(weights, w) : weights;
            }
            else
            {
                v.Warn(key, $"不是已知的目标权重，已忽略；可用的键：order, {string.Join(", ", Weights.Keys)}");
            }
        }
        return weights;
    }

    private static IReadOnlyList<string>? Order(string key, JsonElement value, JsonValues v)
    {
        var names = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()!.Trim() : "").ToList()
            : [];
        var levels = ObjectiveWeights.Levels;
        if (names.Count == levels.Count && levels.All(names.Contains))
        {
            return names;
        }
        v.Invalid<int>(key, value, $"依次列出 {string.Join("、", levels)} 这 {levels.Count} 个层级（各一次）的数组");
        return null;
    }
}
