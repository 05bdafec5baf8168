namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>An axis-aligned rectangle on a drawing: a label's extent, a town's box, a school's mark.</summary>
internal readonly record struct Box(double X, double Y, double W, double H)
{
    public double CenterX => X + W / 2;

    public double CenterY => Y + H / 2;

    public static Box Around(double cx, double cy, double w, double h) => new(cx - w / 2, cy - h / 2, w, h);

    public bool Intersects(Box other) =>
        X < other.X + other.W && other.X < X + W && Y < other.Y + other.H && other.Y < Y + H;

    public bool Inside(Box frame) => X >= frame.X && Y >= frame.Y && X + W <= frame.X + frame.W && Y + H <= frame.Y + frame.H;

    public Box Inflate(double by) => new(X - by, Y - by, W + 2 * by, H + 2 * by);

    public Box Move(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

    /// <summary>Where a ray from the centre towards (tx, ty) leaves the box: arrows start and end at a box's edge.</summary>
    public (double X, double Y) Edge(double tx, double ty)
    {
        var (dx, dy) = (tx - CenterX, ty - CenterY);
        var scale = Math.Min(dx == 0 ? double.MaxValue : W / 2 / Math.Abs(dx),
            dy == 0 ? double.MaxValue : H / 2 / Math.Abs(dy));
        return scale >= 1 ? (CenterX, CenterY) : (CenterX + dx * scale, CenterY + dy * scale);
    }
}
