using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiaoling.Rotation.Planning.Sheets;

/// <summary>
/// The one stylesheet of the workbooks this project writes: a header, a required header, and a cell format
/// per <see cref="CellKind"/>, each at a fixed index.
/// </summary>
internal static class SheetStyles
{
    public const uint Header = 1;
    public const uint RequiredHeader = 2;
    private const uint FirstKind = 3;

    private static readonly (CellKind Kind, uint NumberFormat, string? Code)[] Kinds =
    [
        (CellKind.Text, 49, null),
        (CellKind.Integer, 1, null),
        (CellKind.Decimal, 164, "0.0##"),
        (CellKind.Cv, 165, "0.000"),
        (CellKind.Coordinate, 166, "0.000000"),
        (CellKind.Date, 167, "yyyy-mm-dd"),
        (CellKind.Percent, 168, "0.0%"),
        (CellKind.Wrapped, 49, null),
    ];

    public static uint Of(CellKind kind) => FirstKind + (uint)Array.FindIndex(Kinds, k => k.Kind == kind);

    public static Stylesheet Build()
    {
        var formats = new NumberingFormats(Kinds.Where(k => k.Code is not null).DistinctBy(k => k.NumberFormat)
            .Select(k => new NumberingFormat { NumberFormatId = k.NumberFormat, FormatCode = k.Code }));
        formats.Count = (uint)formats.ChildElements.Count;
        var fonts = new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFE8E8E8"),
            Solid("FFFFE699")) { Count = 4 };
        var borders = new Borders(new Border()) { Count = 1 };
        var cells = new CellFormats(
            new CellFormat(),
            HeaderFormat(fill: 2),
            HeaderFormat(fill: 3));
        foreach (var (kind, numberFormat, _) in Kinds)
        {
            var format = new CellFormat { NumberFormatId = numberFormat, ApplyNumberFormat = true };
            if (kind is CellKind.Wrapped)
            {
                format.Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
                format.ApplyAlignment = true;
            }
            cells.AppendChild(format);
        }
        cells.Count = (uint)cells.ChildElements.Count;
        return new Stylesheet(formats, fonts, fills, borders, cells);
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }) { PatternType = PatternValues.Solid });

    private static CellFormat HeaderFormat(uint fill) => new()
    {
        FontId = 1, FillId = fill, ApplyFont = true, ApplyFill = true,
        Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }, ApplyAlignment = true,
    };
}
