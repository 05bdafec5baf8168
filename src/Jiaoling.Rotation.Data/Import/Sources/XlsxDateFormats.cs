using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>Which cell styles of a workbook format numbers as dates: built-in date formats and custom date codes.</summary>
internal static partial class XlsxDateFormats
{
    public static IReadOnlySet<uint> DateStyles(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        var styles = new HashSet<uint>();
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            if (custom.TryGetValue(id, out var code) ? IsDateCode(code) : IsBuiltInDate(id))
            {
                styles.Add((uint)i);
            }
        }
        return styles;
    }

    // 14–22 are the standard date and time formats, 27–36 and 50–58 the East Asian ones, 45–47 times.
    private static bool IsBuiltInDate(uint id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;

    private static bool IsDateCode(string code)
    {
        var bare = NonFormatParts().Replace(code, "");
        return bare.IndexOfAny(['y', 'Y', 'm', 'M', 'd', 'D', 'h', 'H', 's', 'S']) >= 0;
    }

    // Quoted literals, bracketed colours or locales, and backslash-escaped characters are not format codes.
    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")]
    private static partial Regex NonFormatParts();
}
