using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiaoling.Rotation.Notices.Xlsx;

/// <summary>Column letters and widths: a column is as wide as its longest value, a Chinese character counting two.</summary>
internal static class SheetColumns
{
    private const double MinWidth = 6;
    private const double MaxWidth = 60;

    /// <summary>The letter of a 0-based column: 0 is A, 25 Z, 26 AA.</summary>
    public static string Letter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letter(index / 26 - 1) + (char)('A' + index % 26);

    public static Columns Widths(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<object?>> rows) =>
        new(header.Select((title, i) =>
        {
            var widest = rows.Where(r => i < r.Count).Select(r => Width(r[i])).Append(Width(title)).Max();
            var width = Math.Clamp(widest + 2, MinWidth, MaxWidth);
            return new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true };
        }));

    private static double Width(object? value) => value switch
    {
        DateOnly => 10,
        Shown => 8,
        null => 0,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture).Length,
        _ => value.ToString()!.Sum(c => c > 0x2E7F ? 2 : 1),
    };
}
