using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jiaoling.Rotation.Notices.Xlsx;

/// <summary>
/// Writes a workbook of sheets HR can work in: a bold header row frozen in place with a filter on it,
/// columns as wide as their longest value, and typed cells — numbers, dates (<see cref="DateOnly"/>) and
/// styled numbers (<see cref="Shown"/>) — so Excel and WPS sort and sum them.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Sheets _sheets;
    private readonly DefinedNames _names = new();

    public SheetWriter(string path)
    {
        _document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        _sheets = workbook.Workbook.AppendChild(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = SheetStyles.Create();
    }

    public void AddSheet(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var part = _document.WorkbookPart!.AddNewPart<WorksheetPart>();
        var body = rows.ToList();
        var data = new SheetData(new Row(header.Select(h => Text(h, SheetStyles.Header))));
        foreach (var row in body)
        {
            data.AppendChild(new Row(row.Select(Cell)));
        }
        var (last, lastRow) = (SheetColumns.Letter(header.Count - 1), body.Count + 1);
        part.Worksheet = new Worksheet(FrozenHeader(), SheetColumns.Widths(header, body), data,
            new AutoFilter { Reference = $"A1:{last}{lastRow}" });
        var index = (uint)_sheets.ChildElements.Count;
        _sheets.AppendChild(new Sheet { Id = _document.WorkbookPart.GetIdOfPart(part), SheetId = index + 1, Name = name });
        // Excel keeps a filter's range in this hidden name; without it some versions drop the filter buttons.
        _names.AppendChild(new DefinedName($"'{name}'!$A$1:${last}${lastRow}")
        {
            Name = "_xlnm._FilterDatabase", LocalSheetId = index, Hidden = true,
        });
    }

    public void Dispose()
    {
        _document.WorkbookPart!.Workbook.AppendChild(_names);
        _document.Dispose();
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new(["A2"]) })
    { WorkbookViewId = 0 });

    private static Cell Cell(object? value) => value switch
    {
        decimal d => Number(new CellValue(d)),
        int i => Number(new CellValue(i)),
        double x => Number(new CellValue(x)),
        DateOnly date => Number(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()), SheetStyles.Date),
        Shown shown => Number(new CellValue(shown.Value), SheetStyles.Of(shown.As)),
        _ => Text(value?.ToString() ?? "", 0),
    };

    private static Cell Number(CellValue value, uint style = 0) =>
        new() { DataType = CellValues.Number, CellValue = value, StyleIndex = style == 0 ? null : style };

    private static Cell Text(string text, uint style) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style == 0 ? null : style };
}
