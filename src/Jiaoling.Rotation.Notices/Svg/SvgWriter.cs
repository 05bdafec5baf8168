using System.Globalization;
using System.Net;
using System.Text;
using Jiaoling.Rotation.Notices.Html;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>A small SVG builder: numbers in invariant culture, every text and attribute value escaped.</summary>
internal sealed class SvgWriter
{
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

    public RawHtml Close() => new(_svg.Append("</svg>").ToString());

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
