using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>
/// The text of a cell as a CSV would hold it: shared and inline strings as they are, booleans as
/// true/false, a date-formatted number as <c>yyyy-MM-dd</c> (1900 or 1904 date system), any other number
/// in invariant culture with integral values as plain digits. A number of more than 15 digits is flagged:
/// Excel has already lost its last digits.
/// </summary>
internal sealed class XlsxCells
{
    private const double MaxSerial = 2_950_000;

    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly IReadOnlySet<uint> _dateStyles;
    private readonly bool _date1904;

    public XlsxCells(WorkbookPart workbook)
    {
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>()
            .Select(item => item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)))
            .ToList() ?? [];
        _dateStyles = XlsxDateFormats.DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
        _date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value == true;
    }

    public (string Text, bool Imprecise) Text(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return (int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < _sharedStrings.Count
                ? _sharedStrings[i] : "", false);
        }
        if (type == CellValues.InlineString)
        {
            var inline = cell.InlineString;
            return (inline?.Text?.Text ?? string.Concat(inline?.Elements<Run>().Select(r => r.Text?.Text) ?? []), false);
        }
        if (type == CellValues.Boolean)
        {
            return (raw == "1" ? "true" : "false", false);
        }
        if (type == CellValues.Date)
        {
            return (DateTime.TryParse(raw, CultureInfo.InvariantCulture, out var d) ? Iso(d) : raw, false);
        }
        if ((type is null || type == CellValues.Number) && raw.Length > 0)
        {
            return Number(raw, cell.StyleIndex?.Value is { } style && _dateStyles.Contains(style));
        }
        return (raw, false);
    }

    private (string, bool) Number(string raw, bool isDate)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return (raw, false);
        }
        // Serial numbers past 9999-12-31 are no dates; they stay numbers and fail as dates with their value quoted.
        if (isDate && value is >= 0 and < MaxSerial)
        {
            var date = _date1904 ? new DateTime(1904, 1, 1).AddDays(Math.Floor(value)) : DateTime.FromOADate(Math.Floor(value));
            return (Iso(date), false);
        }
        // Excel keeps 15 significant digits; G15 drops the binary noise of values such as 24.656500000000001.
        var shown = value.ToString("G15", CultureInfo.InvariantCulture);
        if (!decimal.TryParse(shown, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return (shown, true);
        }
        return number == decimal.Truncate(number)
            ? (number.ToString("0", CultureInfo.InvariantCulture), Math.Abs(number) >= 1e15m)
            : (number.ToString(CultureInfo.InvariantCulture), false);
    }

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
