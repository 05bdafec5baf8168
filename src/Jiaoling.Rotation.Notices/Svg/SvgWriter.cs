using System.Globalization;
using System.Net;
using System.Text;
using Jiaoling.Rotation.Notices.Html;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>A small SVG builder: numbers in invariant culture, every text and attribute value escaped.</summary>
internal sealed class SvgWriter
{
    private const double LabelPadding = 2, LineGap = 2;

    private readonly StringBuilder _svg = new();

    public SvgWriter(double width, double height, string label)
    {
        _svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" ")
            .Append($"width=\"{N(width)}\" height=\"{N(height)}\" role=\"img\" aria-label=\"{E(label)}\" ")
            .Append("font-family=\"WenQuanYi Zen Hei, Noto Sans CJK SC, sans-serif\" font-size=\"11\">");
    }

    public SvgWriter Raw(string markup)
    {
        _svg.Append(markup);
        return this;
    }

    public SvgWriter Rect(double x, double y, double w, double h, string fill) =>
        Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(h)}\" fill=\"{E(fill)}\"/>");

    public SvgWriter Line(double x1, double y1, double x2, double y2, string stroke, double width, string extra = "") =>
        Raw($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{E(stroke)}\" stroke-width=\"{N(width)}\" {extra}/>");

    public SvgWriter Circle(double cx, double cy, double r, string fill, string title) =>
        Raw($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{E(fill)}\"><title>{E(title)}</title></circle>");

    public SvgWriter Text(double x, double y, string text, string anchor = "middle", string fill = "#000") =>
        Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" fill=\"{E(fill)}\">{E(text)}</text>");

    /// <summary>A text in its own size, bold when asked (a title, a label on a map).</summary>
    public SvgWriter Text(double x, double y, string text, double size, bool bold, string anchor = "middle", string fill = "#000") =>
        Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" fill=\"{E(fill)}\" font-size=\"{N(size)}\"" +
            (bold ? " font-weight=\"bold\"" : "") + $">{E(text)}</text>");

    public SvgWriter Path(string d, string stroke, double width, string extra = "") =>
        Raw($"<path d=\"{d}\" fill=\"none\" stroke=\"{E(stroke)}\" stroke-width=\"{N(width)}\" {extra}/>");

    /// <summary>
    /// Text lines on a white box with a border, centred in the box; the box carries class="label" so a
    /// test can check that no two labels of a drawing overlap.
    /// </summary>
    public SvgWriter Label(Box box, IReadOnlyList<(string Text, double Size, bool Bold)> lines, string colour, string border)
    {
        Raw($"<rect class=\"label\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.W)}\" height=\"{N(box.H)}\" rx=\"3\" " +
            $"fill=\"#fff\" fill-opacity=\"0.92\" stroke=\"{E(border)}\" stroke-width=\"0.8\"/>");
        var y = box.Y + LabelPadding;
        foreach (var (text, size, bold) in lines)
        {
            y += size;
            Text(box.CenterX, y - size * 0.14, text, size, bold, "middle", colour);
            y += LineGap;
        }
        return this;
    }

    /// <summary>The box that <see cref="Label"/> needs for its lines.</summary>
    public static (double W, double H) LabelSize(IReadOnlyList<(string Text, double Size, bool Bold)> lines) =>
        (lines.Max(l => TextWidth(l.Text, l.Size)) + 2 * LabelPadding + 2,
            lines.Sum(l => l.Size) + LineGap * (lines.Count - 1) + 2 * LabelPadding);

    /// <summary>
    /// The width a text takes in the CJK sans face: a Chinese character is as wide as the font is high,
    /// digits and Latin letters about six tenths of it.
    /// </summary>
    public static double TextWidth(string text, double size) =>
        text.Sum(c => c >= '\u2E80' ? size : c == ' ' ? size * 0.3 : size * 0.6);

    public RawHtml Close() => new(_svg.Append("</svg>").ToString());

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
