using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// How each kind of row is drawn on the flow maps: transfers blue, itinerant shares green and dashed,
/// principals red, returns at the end of a term grey and dotted; each kind bent by its own amount, so
/// two kinds between the same places never share a path.
/// </summary>
internal static class FlowStyles
{
    private static readonly IReadOnlyDictionary<AssignmentKind, (string Colour, string Dash, double Bend)> Styles =
        new Dictionary<AssignmentKind, (string, string, double)>
        {
            [AssignmentKind.Transfer] = ("#1f5fbf", "", 0.10),
            [AssignmentKind.Itinerant] = ("#2e8b57", "stroke-dasharray=\"5 3\"", 0.18),
            [AssignmentKind.Principal] = ("#c00000", "", 0.26),
            [AssignmentKind.Return] = ("#777777", "stroke-dasharray=\"2 2\"", 0.34),
        };

    public static string Colour(AssignmentKind kind) => Styles[kind].Colour;

    public static double Bend(AssignmentKind kind) => Styles[kind].Bend;

    /// <summary>The kinds a legend names: the three the plan always has a place for, and returns only when the plan has them.</summary>
    public static IReadOnlyList<AssignmentKind> Shown(Plan plan) =>
        Styles.Keys.Where(k => k != AssignmentKind.Return || plan.Assignments.Any(a => a.Kind == k)).ToList();

    /// <summary>The arrowheads, named with the drawing's prefix: several maps share one HTML page, and ids must not repeat.</summary>
    public static string Markers(string prefix, IEnumerable<AssignmentKind> kinds) => "<defs>" + string.Concat(kinds.Select(k =>
        $"<marker id=\"{prefix}-{Codes.Kind.Code(k)}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" " +
        $"markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{Colour(k)}\"/></marker>")) + "</defs>";

    public static void Arrow(SvgWriter svg, string prefix, Curve curve, AssignmentKind kind, double width) =>
        svg.Path(curve.D, Colour(kind), width,
            $"marker-end=\"url(#{prefix}-{Codes.Kind.Code(kind)})\" opacity=\"0.8\" stroke-linecap=\"round\" {Styles[kind].Dash}");

    /// <summary>Draws the legend of the kinds from x on the line y; returns where the next entry may start.</summary>
    public static double Legend(SvgWriter svg, double x, double y, IEnumerable<AssignmentKind> kinds)
    {
        foreach (var kind in kinds)
        {
            var label = Codes.Kind.Label(kind);
            svg.Line(x, y - 4, x + 26, y - 4, Colour(kind), 2.5, Styles[kind].Dash).Text(x + 31, y, label, "start");
            x += 31 + SvgWriter.TextWidth(label, 11) + 16;
        }
        return x;
    }
}
