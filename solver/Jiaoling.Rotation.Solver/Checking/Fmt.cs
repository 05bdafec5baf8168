using System.Globalization;

namespace Jiaoling.Rotation.Solver.Checking;

/// <summary>Number formats of the checker's sentences (invariant culture, no trailing noise).</summary>
internal static class Fmt
{
    public static string Km(double km) => km.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Fte(decimal fte) => fte.ToString("0.0##", CultureInfo.InvariantCulture);

    public static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
