using System.Globalization;
using System.Text.RegularExpressions;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>The contract's value formats: booleans, dates, invariant-culture numbers.</summary>
internal static partial class ValueParsers
{
    public const string BoolFormat = "true/false、yes/no、1/0 或 是/否";
    public const string DateFormat = "YYYY-M-D 或 YYYY/M/D 格式的有效日期";

    private const NumberStyles _numberStyle =
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

    public static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// Parses a decimal with its trailing zeros dropped: "1.0" in a CSV and 1 in a workbook cell are the same
    /// FTE and must print alike in every output.
    /// </summary>
    public static bool TryDecimal(string text, out decimal value)
    {
        var ok = decimal.TryParse(text, _numberStyle, CultureInfo.InvariantCulture, out value);
        value /= 1.000000000000000000000000000000000m;
        return ok;
    }

    public static bool TryDouble(string text, out double value) =>
        double.TryParse(text, _numberStyle, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

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

    [GeneratedRegex("^(?<y>[0-9]{4})(?<sep>[-/])(?<m>[0-9]{1,2})\\k<sep>(?<d>[0-9]{1,2})$")]
    private static partial Regex DatePattern();
}
