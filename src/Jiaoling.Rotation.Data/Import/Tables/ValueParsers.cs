using System.Globalization;
using System.Text.RegularExpressions;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>The contract's value formats: booleans, dates, invariant-culture numbers.</summary>
internal static partial class ValueParsers
{
    public const string BoolFormat = "true/false、yes/no、1/0 或 是/否";
    public const string DateFormat = "YYYY-M-D、YYYY/M/D、YYYY.M.D 或 YYYY年M月D日 格式的有效日期";

    private const NumberStyles NumberStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite |
        NumberStyles.AllowTrailingWhite;

    public static bool TryBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "1" or "是":
                value = true;
                return true;
            case "false" or "no" or "0" or "否":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryDate(string text, out DateOnly value)
    {
        value = default;
        var match = DatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var y = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var m = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }
        value = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>A date as the project writes it: ISO <c>yyyy-MM-dd</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// Parses a decimal with its trailing zeros dropped: "1.0" in a CSV and 1 in a workbook cell are the same
    /// FTE and must print alike in every output.
    /// </summary>
    public static bool TryDecimal(string text, out decimal value)
    {
        var ok = decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out value);
        value /= 1.000000000000000000000000000000000m;
        return ok;
    }

    public static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Number of decimal places a decimal is written with, trailing zeros ignored.</summary>
    public static int DecimalPlaces(decimal value)
    {
        var places = 0;
        while (value != decimal.Truncate(value))
        {
            value *= 10;
            places++;
        }
        return places;
    }

    // 1985-3-12, 1985/3/12 and 1985.3.12 with one separator throughout, or 1985年3月12日 as WPS and Excel show dates.
    [GeneratedRegex("^(?:(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\\k<sep>(?<d>[0-9]{1,2})|(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日)$")]
    private static partial Regex DatePattern();
}
