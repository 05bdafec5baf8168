using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiaoling.Rotation.Data.Import.Sources;

namespace Jiaoling.Rotation.App.Tests.Template;

/// <summary>
/// Reads and fills the written template as Excel would: a value typed under a header takes the column's
/// format (a date becomes a date serial in the date style, text stays text, a number a number).
/// </summary>
internal static class FilledTemplate
{
    public static void Fill(string path, string sheet, params Dictionary<string, object>[] rows)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var part = Part(document, sheet);
        var styles = part.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Style!.Value).ToList();
        var data = part.Worksheet.GetFirstChild<SheetData>()!;
        var headers = Headers(part);
        var line = 2u;
        foreach (var row in rows)
        {
            var cells = row.Select(kv => (Index: headers.IndexOf(kv.Key), kv.Value)).OrderBy(x => x.Index)
                .Select(x => Cell(x.Index, line, x.Value, styles[x.Index]));
            data.AppendChild(new Row(cells) { RowIndex = line++ });
        }
    }

    public static WorksheetPart Part(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var entry = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        return (WorksheetPart)workbook.GetPartById(entry.Id!);
    }

    public static List<string> Headers(WorksheetPart part) => part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().First()
        .Elements<Cell>().Select(c => c.InlineString!.Text!.Text).ToList();

    private static Cell Cell(int column, uint line, object value, uint style)
    {
        var reference = ColumnLetters.Of(column) + line;
        return value switch
        {
            DateOnly d => new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()) },
            int or double => new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
            _ => new Cell
            {
                CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text((string)value)),
            },
        };
    }
}
