using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// An equirectangular projection of a set of places onto an area of the drawing, north up, the same
/// scale both ways and centred in the area.
/// </summary>
internal sealed class GeoFrame
{
    private readonly double _minLat, _minLon, _aspect, _scale, _left, _top;

    public GeoFrame(IReadOnlyCollection<GeoPoint> points, Box area)
    {
        var (minLat, maxLat) = (points.Min(p => p.Lat), points.Max(p => p.Lat));
        var (minLon, maxLon) = (points.Min(p => p.Lon), points.Max(p => p.Lon));
        _aspect = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var spanX = Math.Max((maxLon - minLon) * _aspect, 1e-6);
        var spanY = Math.Max(maxLat - minLat, 1e-6);
        _scale = Math.Min(area.W / spanX, area.H / spanY);
        (_minLat, _minLon) = (minLat, minLon);
        _left = area.X + (area.W - spanX * _scale) / 2;
        _top = area.Y + (area.H - spanY * _scale) / 2 + spanY * _scale;
    }

    public (double X, double Y) this[GeoPoint p] => (_left + (p.Lon - _minLon) * _aspect * _scale, _top - (p.Lat - _minLat) * _scale);
}
