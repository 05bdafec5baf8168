using static Jiaoling.Rotation.Notices.Svg.SvgWriter;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// A gently bent arrow path (a quadratic Bézier curve): bent to the right of its direction, so the
/// flows both ways between two places, and flows of different kinds, take separate paths.
/// </summary>
internal readonly record struct Curve(double X0, double Y0, double Cx, double Cy, double X1, double Y1)
{
    public string D => $"M{N(X0)},{N(Y0)} Q{N(Cx)},{N(Cy)} {N(X1)},{N(Y1)}";

    public (double X, double Y) At(double t)
    {
        var (a, b, c) = ((1 - t) * (1 - t), 2 * (1 - t) * t, t * t);
        return (a * X0 + b * Cx + c * X1, a * Y0 + b * Cy + c * Y1);
    }

    /// <summary>The unit normal of the curve at t (to the right of the direction of travel on screen).</summary>
    public (double X, double Y) Normal(double t)
    {
        var dx = 2 * (1 - t) * (Cx - X0) + 2 * t * (X1 - Cx);
        var dy = 2 * (1 - t) * (Cy - Y0) + 2 * t * (Y1 - Cy);
        var length = Math.Max(Math.Sqrt(dx * dx + dy * dy), 1e-9);
        return (-dy / length, dx / length);
    }

    /// <summary>Points along the curve a few pixels apart: what labels should not cover.</summary>
    public IEnumerable<Box> Samples(double size)
    {
        var length = Math.Sqrt((X1 - X0) * (X1 - X0) + (Y1 - Y0) * (Y1 - Y0));
        var steps = Math.Max(2, (int)(length / size));
        for (var i = 0; i <= steps; i++)
        {
            var (x, y) = At((double)i / steps);
            yield return Box.Around(x, y, size, size);
        }
    }

    /// <summary>A curve from one box's edge to another's, bent by a share of the distance between their centres.</summary>
    public static Curve Between(Box from, Box to, double bend)
    {
        var (cx, cy) = Control(from.CenterX, from.CenterY, to.CenterX, to.CenterY, bend);
        var (x0, y0) = from.Edge(cx, cy);
        var (x1, y1) = to.Edge(cx, cy);
        return new Curve(x0, y0, cx, cy, x1, y1);
    }

    /// <summary>A curve between two marks, starting and stopping a gap short of their centres.</summary>
    public static Curve Between((double X, double Y) from, (double X, double Y) to, double bend, double gap) =>
        Between(Box.Around(from.X, from.Y, 2 * gap, 2 * gap), Box.Around(to.X, to.Y, 2 * gap, 2 * gap), bend);

    private static (double X, double Y) Control(double x0, double y0, double x1, double y1, double bend)
    {
        var (dx, dy) = (x1 - x0, y1 - y0);
        return ((x0 + x1) / 2 - dy * bend, (y0 + y1) / 2 + dx * bend);
    }
}
