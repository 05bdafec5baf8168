using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// The towns' boxes on the county map: the town's name and, when its schools exchange people among
/// themselves, "镇内 N 人". Each box sits at the centre of its schools and is pushed apart from its
/// neighbours until no two boxes overlap.
/// </summary>
internal static class TownBoxes
{
    private const double Gap = 6;

    public sealed record Town(Box Box, IReadOnlyList<(string Text, double Size, bool Bold)> Lines);

    public static IReadOnlyDictionary<string, Town> Place(County county, Plan plan, GeoFrame frame, Box area)
    {
        var boxes = new List<(string Name, Box Box, IReadOnlyList<(string, double, bool)> Lines)>();
        foreach (var town in county.Dataset.Schools.GroupBy(s => s.Town))
        {
            var points = town.Select(s => frame[s.Location]).ToList();
            var inside = Flows.People(county, plan, (from, to) => from.Town == town.Key && to.Town == town.Key);
            var lines = new List<(string, double, bool)> { (town.Key, 12, true) };
            if (inside > 0)
            {
                lines.Add(($"镇内 {inside} 人", 10, false));
            }
            var (w, h) = SvgWriter.LabelSize(lines);
            boxes.Add((town.Key, Box.Around(points.Average(p => p.X), points.Average(p => p.Y), w, h), lines));
        }
        var placed = Separate(boxes.Select(b => b.Box).ToList(), area);
        return boxes.Select((b, i) => (b.Name, Town: new Town(placed[i], b.Lines))).ToDictionary(b => b.Name, b => b.Town);
    }

    /// <summary>
    /// Pushes overlapping boxes apart, each pair along the axis where they overlap least, half the
    /// overlap each, and keeps them in the area; a few rounds settle a county's handful of towns.
    /// </summary>
    private static List<Box> Separate(List<Box> boxes, Box area)
    {
        for (var round = 0; round < 200; round++)
        {
            var moved = false;
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    var (a, b) = (boxes[i].Inflate(Gap / 2), boxes[j].Inflate(Gap / 2));
                    if (!a.Intersects(b))
                    {
                        continue;
                    }
                    var overlapX = Math.Min(a.X + a.W, b.X + b.W) - Math.Max(a.X, b.X);
                    var overlapY = Math.Min(a.Y + a.H, b.Y + b.H) - Math.Max(a.Y, b.Y);
                    var sign = (overlapX < overlapY ? b.CenterX - a.CenterX : b.CenterY - a.CenterY) >= 0 ? 1 : -1;
                    var (dx, dy) = overlapX < overlapY ? (sign * (overlapX / 2 + 0.5), 0.0) : (0.0, sign * (overlapY / 2 + 0.5));
                    boxes[i] = Clamp(boxes[i].Move(-dx, -dy), area);
                    boxes[j] = Clamp(boxes[j].Move(dx, dy), area);
                    moved = true;
                }
            }
            if (!moved)
            {
                break;
            }
        }
        return boxes;
    }

    private static Box Clamp(Box box, Box area) => box with
    {
        X = Math.Clamp(box.X, area.X, area.X + area.W - box.W),
        Y = Math.Clamp(box.Y, area.Y, area.Y + area.H - box.H),
    };
}
