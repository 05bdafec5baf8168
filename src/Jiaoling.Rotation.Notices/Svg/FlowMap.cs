using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices.Html;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// The county's flow map for the county leader: one box per town at the centre of its schools (with the
/// people moving between schools of that town), one arrow per town pair and kind of row with the number
/// of people on it, and every school a small mark whose shape tells its area. No two labels overlap.
/// </summary>
internal static class FlowMap
{
    private const double Width = 640, Height = 660, LegendHeight = 52;
    private const string Prefix = "county";

    public static RawHtml Render(County county, Plan plan)
    {
        var svg = new SvgWriter(Width, Height, "交流流向图：各镇之间");
        var schools = county.Dataset.Schools;
        if (schools.Count == 0)
        {
            return svg.Close();
        }
        var kinds = FlowStyles.Shown(plan);
        svg.Raw(FlowStyles.Markers(Prefix, kinds));
        var frame = new GeoFrame(schools.Select(s => s.Location).ToList(), new Box(50, 30, Width - 100, Height - LegendHeight - 60));
        foreach (var school in schools)
        {
            SchoolMarks.Draw(svg, school, frame[school.Location]);
        }
        var towns = TownBoxes.Place(county, plan, frame, new Box(4, 4, Width - 8, Height - LegendHeight - 8));
        var links = Flows.Between(county, plan, s => s.Town).Where(l => l.From != l.To).ToList();
        var most = links.Select(l => l.People).DefaultIfEmpty(1).Max();
        var arrows = links.Select(l => (Link: l, Curve: Route(towns, l))).ToList();
        foreach (var (link, curve) in arrows.OrderByDescending(a => a.Link.People))
        {
            FlowStyles.Arrow(svg, Prefix, curve, link.Kind, Thickness(link.People, most));
        }
        var placer = new LabelPlacer(new Box(0, 0, Width, Height - LegendHeight));
        foreach (var town in towns.Values)
        {
            placer.Reserve(town.Box);
            svg.Label(town.Box, town.Lines, "#222", "#444");
        }
        foreach (var (link, curve) in arrows.OrderByDescending(a => a.Link.People))
        {
            CountLabel(svg, placer, curve, link.People.ToString(System.Globalization.CultureInfo.InvariantCulture), link.Kind);
        }
        var legendY = Height - LegendHeight + 22;
        SchoolMarks.Legend(svg, 20, legendY, schools.Any(s => s.Weak));
        FlowStyles.Legend(svg, 20, legendY + 22, kinds);
        return svg.Close();
    }

    /// <summary>
    /// The arrow of a link between two towns, bent more than its kind's usual amount when it would
    /// otherwise pass under a third town's box and seem to end there.
    /// </summary>
    private static Curve Route(IReadOnlyDictionary<string, TownBoxes.Town> towns, FlowLink link)
    {
        var (from, to) = (towns[link.From].Box, towns[link.To].Box);
        var others = towns.Where(t => t.Key != link.From && t.Key != link.To).Select(t => t.Value.Box.Inflate(3)).ToList();
        var bend = FlowStyles.Bend(link.Kind);
        var tries = new[] { 0, 0.1, 0.2, 0.3, -0.1 - 2 * bend, -0.2 - 2 * bend }.Select(extra => Curve.Between(from, to, bend + extra)).ToList();
        return tries.FirstOrDefault(c => !c.Samples(2).Any(p => others.Any(p.Intersects)), tries[0]);
    }

    /// <summary>An arrow's width: thin for one person, about 6 px for the largest flow, by the square root so small flows stay visible.</summary>
    public static double Thickness(int people, int most) => 1.2 + 4.8 * Math.Sqrt((double)people / Math.Max(most, 1));

    /// <summary>
    /// The number of people on an arrow, as near its middle as the other labels allow: along the curve
    /// first, then a little to either side of it.
    /// </summary>
    public static void CountLabel(SvgWriter svg, LabelPlacer placer, Curve curve, string count, AssignmentKind kind)
    {
        var lines = new[] { (count, 11.0, true) };
        var (w, h) = SvgWriter.LabelSize(lines);
        var candidates =
            from offset in new[] { 0.0, 9, -9, 16, -16, 24, -24, 34, -34 }
            from t in new[] { 0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74 }
            let p = curve.At(t)
            let n = curve.Normal(t)
            select Box.Around(p.X + n.X * offset, p.Y + n.Y * offset, w, h);
        if (placer.Place(candidates) is { } box)
        {
            svg.Label(box, lines, FlowStyles.Colour(kind), FlowStyles.Colour(kind));
        }
    }
}
