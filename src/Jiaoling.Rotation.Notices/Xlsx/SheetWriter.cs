using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiaoling.Rotation.Notices.Xlsx;

/// <summary>
/// Writes a workbook of plain sheets: a header row, then rows of text and numbers (inline strings, no styles).
/// Text is never written as a formula, so a name starting with <c>=</c> stays text in Excel and WPS.
/// </summary>
public sealed class SheetWriter : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Sheets _sheets;

    public SheetWriter(string path)
        : this(SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
    {
    }

    /// <summary>A workbook written into the stream (e.g. a download), complete when disposed.</summary>
    public SheetWriter(Stream stream)
        : this(SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
    {
    }

    private SheetWriter(SpreadsheetDocument document)
    {
        _document = document;
        var workbook = _document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        _sheets = workbook.Workbook.AppendChild(new Sheets());
    }

    /// <summary>Adds a sheet; a cell is a number when its value is a decimal, int or double, else text.</summary>
    public void AddSheet(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var part = _document.WorkbookPart!.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.AppendChild(Row(header));
        foreach (var row in rows)
        {
            data.AppendChild(Row(row));
        }
        part.Worksheet = new Worksheet(data);
        _sheets.AppendChild(new Sheet
        {
            Id = _document.WorkbookPart.GetIdOfPart(part),
            SheetId = (uint)_sheets.ChildElements.Count + 1,
            Name = name,
        });
    }

    public void Dispose() => _document.Dispose();

    private static Row Row(IEnumerable<object?> values) => new(values.Select(Cell));

    private static Cell Cell(object? value) => value switch
    {
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i) },
        double x => new Cell { DataType = CellValues.Number, CellValue = new CellValue(x) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value?.ToString() ?? "")) },
    };
}
