using System.Globalization;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Notices.Html;
using Jiaoling.Rotation.Notices.Models;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// A bar chart of one stage's three indicator CVs, before (grey) and after (blue) the plan, with the
/// standard's limit (0.50 小学, 0.45 初中) drawn as a red dashed line.
/// </summary>
internal static class CvChart
{
    private const double Width = 600, Height = 260, Left = 50, Right = 70, Top = 30, Bottom = 50;
    private const string BeforeColour = "#9e9e9e", AfterColour = "#1f5fbf", LimitColour = "#c00000";

    public static RawHtml Render(Stage stage, StageIndicators before, StageIndicators after)
    {
        var limit = BalanceStandards.MaxCv(stage);
        var values = StageIndicators.All.Select(i => (i, b: before[i].Cv, a: after[i].Cv)).ToList();
        var top = Math.Max(limit * 1.4, values.SelectMany(v => new[] { v.b ?? 0, v.a ?? 0 }).Max() * 1.15);
        var plotHeight = Height - Top - Bottom;
        double Y(double v) => Top + plotHeight * (1 - v / top);
        var svg = new SvgWriter(Width, Height, $"{Format.Stage(stage)}三项指标差异系数");
        svg.Text(Width / 2, 18, $"{Format.Stage(stage)}：三项教师指标的校际差异系数（标准 ≤ {Format.Number(limit, 2)}）");
        svg.Line(Left, Top, Left, Height - Bottom, "#000", 1).Line(Left, Height - Bottom, Width - Right, Height - Bottom, "#000", 1);
        var step = top > 2 ? 0.5 : top > 1 ? 0.25 : 0.1;
        for (var tick = 0.0; tick <= top + Tolerance.Figure; tick += step)
        {
            svg.Text(Left - 6, Y(tick) + 4, tick.ToString("0.0#", CultureInfo.InvariantCulture), "end");
        }
        var group = (Width - Left - Right) / values.Count;
        const double bar = 40;
        for (var k = 0; k < values.Count; k++)
        {
            var x = Left + group * k + group / 2;
            Bar(svg, x - bar - 2, values[k].b, BeforeColour, Y);
            Bar(svg, x + 2, values[k].a, AfterColour, Y);
            svg.Text(x, Height - Bottom + 16, IndicatorLabels.Short(values[k].i));
        }
        svg.Line(Left, Y(limit), Width - Right, Y(limit), LimitColour, 1.5, "stroke-dasharray=\"6 4\"")
            .Text(Width - Right + 4, Y(limit) + 4, $"标准 {Format.Number(limit, 2)}", "start", LimitColour);
        svg.Rect(Left, Height - 22, 12, 12, BeforeColour).Text(Left + 16, Height - 12, "交流前", "start")
            .Rect(Left + 80, Height - 22, 12, 12, AfterColour).Text(Left + 96, Height - 12, "交流后", "start");
        return svg.Close();
    }

    private static void Bar(SvgWriter svg, double x, double? cv, string colour, Func<double, double> y)
    {
        const double bar = 40;
        if (cv is not { } v)
        {
            svg.Text(x + bar / 2, y(0) - 4, "无数据");
            return;
        }
        svg.Rect(x, y(v), bar, y(0) - y(v), colour).Text(x + bar / 2, y(v) - 4, v.ToString("0.000", CultureInfo.InvariantCulture));
    }
}
