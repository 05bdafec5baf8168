using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>
/// Writes .xlsx workbooks as Excel would for tests: strings as shared (or inline) strings, numbers as
/// numbers, <see cref="DateOnly"/> as date-formatted serial numbers, booleans as boolean cells.
/// </summary>
internal sealed class XlsxBuilder
{
    private readonly List<(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows)> _sheets = [];

    public bool InlineStrings { get; init; }

    /// <summary>A raw serial number in a date-formatted cell.</summary>
    public readonly record struct DateSerial(double Value);

    public bool Date1904 { get; init; }

    public XlsxBuilder Sheet(string name, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        _sheets.Add((name, rows));
        return this;
    }

    public void Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new WorkbookProperties { Date1904 = Date1904 }, new Sheets());
        AddStyles(workbook);
        var shared = new List<string>();
        uint id = 1;
        foreach (var (name, rows) in _sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                {
                    if (Cell(rows[r][c], shared) is { } cell)
                    {
                        cell.CellReference = ColumnName(c) + (r + 1);
                        row.Append(cell);
                    }
                }
                data.Append(row);
            }
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }
        if (shared.Count > 0)
        {
            var table = workbook.AddNewPart<SharedStringTablePart>();
            table.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s))));
        }
    }

    private Cell? Cell(object? value, List<string> shared) => value switch
    {
        null => null,
        string s when InlineStrings => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) },
        string s => new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(Shared(shared, s)) },
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        DateOnly d => new Cell { StyleIndex = 1, CellValue = new CellValue(Serial(d).ToString(CultureInfo.InvariantCulture)) },
        DateSerial d => new Cell { StyleIndex = 1, CellValue = new CellValue(d.Value.ToString(CultureInfo.InvariantCulture)) },
        IFormattable n => new Cell { CellValue = new CellValue(n.ToString(null, CultureInfo.InvariantCulture)) },
        _ => throw new ArgumentException($"no cell for {value.GetType()}"),
    };

    private int Serial(DateOnly date) => Date1904
        ? date.DayNumber - new DateOnly(1904, 1, 1).DayNumber
        : (int)date.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static string ColumnName(int c) => c < 26 ? ((char)('A' + c)).ToString() : ColumnName(c / 26 - 1) + (char)('A' + c % 26);

    private static int Shared(List<string> shared, string text)
    {
        var index = shared.IndexOf(text);
        if (index < 0)
        {
            shared.Add(text);
            index = shared.Count - 1;
        }
        return index;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
            new Borders(new Border()),
            new CellStyleFormats(new CellFormat()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
    }
}
