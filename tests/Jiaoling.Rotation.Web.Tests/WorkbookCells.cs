using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>The cells of a downloaded workbook as a spreadsheet program meets them: text, whether inline text, whether a formula.</summary>
public static class WorkbookCells
{
    public sealed record Read(string Text, bool InlineText, bool Formula);

    public static IReadOnlyList<Read> Of(byte[] xlsx)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return workbook.WorkbookPart!.WorksheetParts
            .SelectMany(p => p.Worksheet.Descendants<Cell>())
            .Select(c => new Read(c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", c.DataType?.Value == CellValues.InlineString,
                c.CellFormula is not null))
            .ToList();
    }
}
