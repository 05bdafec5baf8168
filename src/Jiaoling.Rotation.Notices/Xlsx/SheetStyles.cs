using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiaoling.Rotation.Notices.Xlsx;

/// <summary>
/// The workbook's cell styles: a bold header, dates as yyyy-mm-dd, percentages with one decimal, and
/// numbers with one, two or three decimals. Each constant is the style's index in the stylesheet.
/// </summary>
internal static class SheetStyles
{
    public const uint Header = 1;
    public const uint Date = 2;
    public const uint Percent = 3;
    public const uint OneDecimal = 4;
    public const uint TwoDecimals = 5;
    public const uint ThreeDecimals = 6;

    public static uint Of(ShownAs shown) => shown switch
    {
        ShownAs.Percent => Percent,
        ShownAs.OneDecimal => OneDecimal,
        ShownAs.TwoDecimals => TwoDecimals,
        _ => ThreeDecimals,
    };

    public static Stylesheet Create()
    {
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "0.000" }) { Count = 4 };
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };
        var borders = new Borders(new Border()) { Count = 1 };
        var cells = new CellFormats(
            Style(0, 0),
            Style(0, 1),
            Style(164, 0),
            Style(165, 0),
            Style(166, 0),
            Style(2, 0),
            Style(167, 0)) { Count = 7 };
        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()) { Count = 1 }, cells);
    }

    private static CellFormat Style(uint numberFormat, uint font) => new()
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = 0,
        BorderId = 0,
        ApplyNumberFormat = numberFormat != 0 ? BooleanValue.FromBoolean(true) : null,
        ApplyFont = font != 0 ? BooleanValue.FromBoolean(true) : null,
    };
}
