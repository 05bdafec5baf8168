namespace Jiaoling.Rotation.Domain;

/// <summary>A location in decimal degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    /// <summary>Earth radius the contract fixes for great-circle distances, in km.</summary>
    public const double EarthRadiusKm = 6371.0;

    /// <summary>Great-circle (haversine) distance in km.</summary>
    public double KmTo(GeoPoint other)
    {
        static double Rad(double deg) => deg * Math.PI / 180.0;
        var dLat = Rad(other.Lat - Lat);
        var dLon = Rad(other.Lon - Lon);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
                + Math.Cos(Rad(Lat)) * Math.Cos(Rad(other.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }
}
