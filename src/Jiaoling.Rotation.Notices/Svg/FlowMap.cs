using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices.Html;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// A map of the plan's flows between schools, drawn from their latitude and longitude: every school a
/// dot (labelled when the plan touches it), every school pair an arrow whose width grows with the people
/// moving — transfers blue, itinerant shares green and dashed, principals red.
/// </summary>
internal static class FlowMap
{
    private const double Width = 640, Height = 560, Pad = 40;

    private static readonly IReadOnlyDictionary<AssignmentKind, (string Colour, string Dash)> Styles =
        new Dictionary<AssignmentKind, (string, string)>
        {
            [AssignmentKind.Transfer] = ("#1f5fbf", ""),
            [AssignmentKind.Itinerant] = ("#2e8b57", "stroke-dasharray=\"5 3\""),
            [AssignmentKind.Principal] = ("#c00000", ""),
            [AssignmentKind.Return] = ("#888888", "stroke-dasharray=\"2 2\""),
        };

    public static RawHtml Render(County county, Plan plan)
    {
        var svg = new SvgWriter(Width, Height, "交流流向图");
        var schools = county.Dataset.Schools;
        if (schools.Count == 0)
        {
            return svg.Close();
        }
        var project = Projection(schools);
        // A plan without returns keeps the map it always had: the return style only when there are returns.
        var styles = Styles.Where(s => s.Key != AssignmentKind.Return || plan.Assignments.Any(a => a.Kind == s.Key)).ToList();
        svg.Raw("<defs>" + string.Concat(styles.Select(s =>
            $"<marker id=\"arrow-{Codes.Kind.Code(s.Key)}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">" +
            $"<path d=\"M0,0 L10,5 L0,10 z\" fill=\"{s.Value.Colour}\"/></marker>")) + "</defs>");
        var touched = plan.Assignments.SelectMany(a => new[] { a.From, a.To }).CountBy(id => id).ToDictionary();
        foreach (var school in schools.OrderBy(s => touched.ContainsKey(s.Id)))
        {
            var (x, y) = project(school.Location);
            var hit = touched.ContainsKey(school.Id);
            svg.Circle(x, y, hit ? 4 : 2.5, hit ? "#333" : "#bbb", school.Name);
        }
        Labels(svg, project, schools.Where(s => touched.ContainsKey(s.Id)).OrderByDescending(s => touched[s.Id]).ThenBy(s => s.Id));
        var flows = plan.Assignments
            .Where(a => a.From != a.To && county.Schools.ContainsKey(a.From) && county.Schools.ContainsKey(a.To))
            .GroupBy(a => (a.From, a.To, a.Kind));
        foreach (var flow in flows)
        {
            var (x1, y1, x2, y2) = Offset(project(county.Schools[flow.Key.From].Location), project(county.Schools[flow.Key.To].Location));
            var (colour, dash) = Styles[flow.Key.Kind];
            var arrow = $"marker-end=\"url(#arrow-{Codes.Kind.Code(flow.Key.Kind)})\" opacity=\"0.75\" {dash}";
            svg.Line(x1, y1, x2, y2, colour, 1 + Math.Min(5, flow.Count() - 1), arrow);
        }
        var legendY = Height - 14.0;
        foreach (var (kind, (colour, dash)) in styles)
        {
            var x = Pad + 110 * (int)kind;
            svg.Line(x, legendY - 4, x + 28, legendY - 4, colour, 2, dash).Text(x + 34, legendY, Codes.Kind.Label(kind), "start");
        }
        return svg.Close();
    }

    /// <summary>
    /// Names the schools, busiest first, skipping a name that would overlap one already placed: in a town
    /// centre the dots crowd, and every dot still names its school when hovered.
    /// </summary>
    private static void Labels(SvgWriter svg, Func<GeoPoint, (double X, double Y)> project, IEnumerable<School> schools)
    {
        var placed = new List<(double X, double Y, double W)>();
        foreach (var school in schools)
        {
            var (x, y) = project(school.Location);
            var (left, top, width) = (x + 6, y - 14, school.Name.Length * 11.0);
            if (placed.Any(p => left < p.X + p.W && p.X < left + width && Math.Abs(top - p.Y) < 13))
            {
                continue;
            }
            placed.Add((left, top, width));
            svg.Text(left, y - 4, school.Name, "start", "#333");
        }
    }

    /// <summary>Shifts a line 3 px to the right of its direction, so flows both ways between two schools stay apart.</summary>
    private static (double, double, double, double) Offset((double X, double Y) from, (double X, double Y) to)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Max(Math.Sqrt(dx * dx + dy * dy), 1e-9);
        var (ox, oy) = (-dy / length * 3, dx / length * 3);
        return (from.X + ox, from.Y + oy, to.X + ox, to.Y + oy);
    }

    /// <summary>An equirectangular projection of the schools' bounding box onto the drawing, north up.</summary>
    private static Func<GeoPoint, (double X, double Y)> Projection(IReadOnlyList<School> schools)
    {
        var lats = schools.Select(s => s.Location.Lat).ToList();
        var lons = schools.Select(s => s.Location.Lon).ToList();
        var (minLat, maxLat, minLon, maxLon) = (lats.Min(), lats.Max(), lons.Min(), lons.Max());
        var aspect = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var spanX = Math.Max((maxLon - minLon) * aspect, 1e-6);
        var spanY = Math.Max(maxLat - minLat, 1e-6);
        var scale = Math.Min((Width - 2 * Pad - 120) / spanX, (Height - 2 * Pad - 20) / spanY);
        return p => (Pad + (p.Lon - minLon) * aspect * scale, Pad + (maxLat - p.Lat) * scale);
    }
}
