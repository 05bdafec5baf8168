using System.Globalization;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices.Html;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// The flows inside each town, one small map per town whose schools exchange people (small multiples): the town's
/// schools by name, an arrow per school pair and kind (the number of people on it when more than one),
/// and in words below the map how many people come from and go to other towns.
/// </summary>
internal static class TownFlowMaps
{
    private const double Width = 310, Height = 280, Top = 40, Bottom = 40, NameSize = 10;

    public static IReadOnlyList<RawHtml> Render(County county, Plan plan)
    {
        var links = Flows.Between(county, plan, s => s.Town);
        var inside = links.Where(l => l.From == l.To).Select(l => l.From).ToHashSet();
        var kinds = FlowStyles.Shown(plan);
        return county.Dataset.Schools.Select(s => s.Town).Distinct().Where(inside.Contains)
            .Select((town, i) => Panel(county, plan, town, links, kinds, $"town{i + 1}"))
            .ToList();
    }

    private static RawHtml Panel(County county, Plan plan, string town, IReadOnlyList<FlowLink> towns,
        IReadOnlyList<AssignmentKind> kinds, string prefix)
    {
        var svg = new SvgWriter(Width, Height, $"{town}镇内流向图");
        svg.Raw(FlowStyles.Markers(prefix, kinds))
            .Raw($"<rect x=\"0.5\" y=\"0.5\" width=\"{Width - 1}\" height=\"{Height - 1}\" fill=\"none\" stroke=\"#bbb\"/>");
        var inside = Flows.People(county, plan, (from, to) => from.Town == town && to.Town == town);
        svg.Text(10, 20, town, 13, true, "start")
            .Text(10 + SvgWriter.TextWidth(town, 13) + 10, 20, $"镇内 {inside} 人", "start", "#444");
        var schools = county.Dataset.Schools.Where(s => s.Town == town).ToList();
        var frame = new GeoFrame(schools.Select(s => s.Location).ToList(), new Box(40, Top + 8, Width - 80, Height - Top - Bottom - 16));
        var at = schools.ToDictionary(s => s.Id.Value, s => frame[s.Location]);
        var placer = new LabelPlacer(new Box(2, Top - 8, Width - 4, Height - Top - Bottom + 12));
        var links = Flows.Between(county, plan, s => s.Id.Value).Where(l => at.ContainsKey(l.From) && at.ContainsKey(l.To)).ToList();
        var most = links.Select(l => l.People).DefaultIfEmpty(1).Max();
        var arrows = links.Select(l => (Link: l, Curve: Curve.Between(at[l.From], at[l.To], FlowStyles.Bend(l.Kind), SchoolMarks.Size))).ToList();
        foreach (var (link, curve) in arrows)
        {
            FlowStyles.Arrow(svg, prefix, curve, link.Kind, FlowMap.Thickness(link.People, most) * 0.7);
            foreach (var sample in curve.Samples(4))
            {
                placer.Avoid(sample);
            }
        }
        foreach (var school in schools)
        {
            SchoolMarks.Draw(svg, school, at[school.Id.Value]);
            placer.Reserve(SchoolMarks.Extent(at[school.Id.Value]));
        }
        var busy = links.SelectMany(l => new[] { l.From, l.To }).ToHashSet();
        foreach (var school in schools.OrderByDescending(s => busy.Contains(s.Id.Value)))
        {
            var (x, y) = at[school.Id.Value];
            var name = ShortName(school.Name, town);
            var lines = new[] { (name, NameSize, false) };
            var (w, h) = SvgWriter.LabelSize(lines);
            if (placer.Place(LabelPlacer.Around(x, y, w, h, SchoolMarks.Size)) is { } box)
            {
                svg.Label(box, lines, "#222", "none");
            }
        }
        foreach (var (link, curve) in arrows.Where(a => a.Link.People > 1))
        {
            FlowMap.CountLabel(svg, placer, curve, link.People.ToString(CultureInfo.InvariantCulture), link.Kind);
        }
        Elsewhere(svg, "外镇调入", towns.Where(l => l.To == town && l.From != town).GroupBy(l => l.From), Height - Bottom + 16);
        Elsewhere(svg, "调往外镇", towns.Where(l => l.From == town && l.To != town).GroupBy(l => l.To), Height - Bottom + 32);
        return svg.Close();
    }

    /// <summary>
    /// A line such as "外镇调入 13 人：蕉城镇 12、新铺镇 1" (or "无外镇调入"), the towns with most people first, cut with
    /// "等" when the line would run out of the panel. People are summed over kinds here, a principal and a
    /// teacher being two people.
    /// </summary>
    private static void Elsewhere(SvgWriter svg, string what, IEnumerable<IGrouping<string, FlowLink>> byTown, double y)
    {
        var counts = byTown.Select(g => (Town: g.Key, People: g.Sum(l => l.People))).OrderByDescending(t => t.People).ThenBy(t => t.Town, StringComparer.Ordinal).ToList();
        var text = counts.Count == 0 ? $"无{what}" : $"{what} {counts.Sum(c => c.People)} 人";
        if (counts.Count > 0)
        {
            var parts = new List<string>();
            foreach (var (town, people) in counts)
            {
                var next = $"{text}：{string.Join("、", parts.Append($"{town} {people}"))}";
                if (parts.Count > 0 && SvgWriter.TextWidth(next, 11) > Width - 30)
                {
                    parts[^1] += " 等";
                    break;
                }
                parts.Add($"{town} {people}");
            }
            text = $"{text}：{string.Join("、", parts)}";
        }
        svg.Text(10, y, text, "start", "#333");
    }

    /// <summary>
    /// A school's name without its town's name in front ("长潭白湖小学" in 长潭镇 is "白湖小学"): the panel
    /// already names the town. Names that would shrink to two characters ("长潭中学") stay whole.
    /// </summary>
    public static string ShortName(string school, string town)
    {
        var stem = town.EndsWith("街道", StringComparison.Ordinal) ? town[..^2] : town.TrimEnd('镇', '乡');
        return stem.Length > 0 && school.StartsWith(stem, StringComparison.Ordinal) && school.Length - stem.Length > 2
            ? school[stem.Length..]
            : school;
    }
}
