using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// A school's small mark on a map, its shape telling the area — a square in the county seat (城区), a
/// triangle in a town centre (镇区), a circle in the countryside (乡村) — with an orange ring when the
/// school is a weak school (薄弱学校). Hovering a mark names the school.
/// </summary>
internal static class SchoolMarks
{
    public const double Size = 7;
    private const string Fill = "#555", WeakRing = "#e07b00";

    public static void Draw(SvgWriter svg, School school, (double X, double Y) at) => Draw(svg, school.Area, school.Weak, at, school.Name);

    /// <summary>The box a mark covers, for labels to keep clear of.</summary>
    public static Box Extent((double X, double Y) at) => Box.Around(at.X, at.Y, Size + 4, Size + 4);

    /// <summary>Draws the legend of the marks from x on the line y; the weak ring only when the county has weak schools.</summary>
    public static double Legend(SvgWriter svg, double x, double y, bool weak)
    {
        foreach (var area in Codes.Area.Values)
        {
            var label = $"{Codes.Area.Label(area)}学校";
            Draw(svg, area, false, (x + 4, y - 4), label);
            svg.Text(x + 12, y, label, "start");
            x += 12 + SvgWriter.TextWidth(label, 11) + 16;
        }
        if (weak)
        {
            Draw(svg, Area.Rural, true, (x + 4, y - 4), "薄弱学校");
            svg.Text(x + 12, y, "薄弱学校", "start");
            x += 12 + SvgWriter.TextWidth("薄弱学校", 11) + 16;
        }
        return x;
    }

    private static void Draw(SvgWriter svg, Area area, bool weak, (double X, double Y) at, string title)
    {
        var (x, y, h) = (at.X, at.Y, Size / 2);
        var shape = area switch
        {
            Area.Urban => $"<rect x=\"{SvgWriter.N(x - h)}\" y=\"{SvgWriter.N(y - h)}\" width=\"{SvgWriter.N(Size)}\" height=\"{SvgWriter.N(Size)}\"",
            Area.Town => $"<path d=\"M{SvgWriter.N(x)},{SvgWriter.N(y - h - 1)} L{SvgWriter.N(x + h + 0.5)},{SvgWriter.N(y + h)} L{SvgWriter.N(x - h - 0.5)},{SvgWriter.N(y + h)} z\"",
            _ => $"<circle cx=\"{SvgWriter.N(x)}\" cy=\"{SvgWriter.N(y)}\" r=\"{SvgWriter.N(h - 0.3)}\"",
        };
        var ring = weak
            ? $"<circle cx=\"{SvgWriter.N(x)}\" cy=\"{SvgWriter.N(y)}\" r=\"{SvgWriter.N(h + 2)}\" fill=\"none\" stroke=\"{WeakRing}\" stroke-width=\"1.5\"/>"
            : "";
        svg.Raw($"<g>{shape} fill=\"{Fill}\"/>{ring}<title>{System.Net.WebUtility.HtmlEncode(title)}</title></g>");
    }
}
