using System.Globalization;

namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>How the console and the pages made outside the plan's documents print figures: fixed decimals, "—" for none.</summary>
public static class Figures
{
    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Percent(decimal fraction) => Percent((double)fraction);

    public static string Fte(decimal fte) => fte.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Number(double? value, int decimals) =>
        value is { } v ? v.ToString("F" + decimals, CultureInfo.InvariantCulture) : "—";

    public static string Number(decimal value, int decimals) => Number((double)value, decimals);
}
