using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiaoling.Rotation.Data.Import.Sources;

namespace Jiaoling.Rotation.Planning.Sheets;

/// <summary>
/// Writes the workbooks HR fills in or prints (the fill-in workbook, diagnosis.xlsx): per sheet a header
/// row that stays in view and carries a filter, column widths, each column's format (text, numbers, real
/// dates, percentages) applied to its cells and to the cells typed in later, and drop-down lists.
/// </summary>
public sealed class WorkbookWriter : IDisposable
{
    /// <summary>How many rows below the header a drop-down list and a column's format cover.</summary>
    public const int FillInRows = 2000;

    private readonly SpreadsheetDocument _document;
    private readonly DocumentFormat.OpenXml.Spreadsheet.Sheets _sheets;

    public WorkbookWriter(string path)
    {
        _document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = SheetStyles.Build();
        _sheets = workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
    }

    /// <summary>Adds a sheet of the columns and rows; a row's value is written in its column's format (null leaves the cell empty).</summary>
    public void AddSheet(string name, IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var data = new SheetData();
        data.AppendChild(new Row(columns.Select((c, i) => Cell(i, 1, c.Header, c.Required ? SheetStyles.RequiredHeader : SheetStyles.Header)))
        {
            RowIndex = 1,
        });
        var count = 1u;
        foreach (var values in rows)
        {
            count++;
            data.AppendChild(new Row(values.Select((v, i) => (v, i)).Where(x => x.v is not null)
                .Select(x => Cell(x.i, count, x.v!, SheetStyles.Of(columns[x.i].Kind)))) { RowIndex = count });
        }
        var last = ColumnLetters.Of(columns.Count - 1);
        var worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new Columns(columns.Select((c, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true, Style = SheetStyles.Of(c.Kind),
            })),
            data,
            new AutoFilter { Reference = $"A1:{last}{Math.Max(count, 1)}" });
        if (Validations(columns, Math.Max(count, FillInRows + 1)) is { } validations)
        {
            worksheet.AppendChild(validations);
        }
        Add(name, worksheet);
    }

    /// <summary>Adds a sheet of prose: one paragraph per row in a single wrapped column.</summary>
    public void AddText(string name, IEnumerable<string> paragraphs, double width)
    {
        var data = new SheetData(paragraphs.Select((p, i) => new Row(Cell(0, (uint)i + 1, p, SheetStyles.Of(CellKind.Wrapped))) { RowIndex = (uint)i + 1 }));
        Add(name, new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = width, CustomWidth = true }), data));
    }

    public void Dispose() => _document.Dispose();

    private void Add(string name, Worksheet worksheet)
    {
        var part = _document.WorkbookPart!.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        _sheets.AppendChild(new Sheet
        {
            Id = _document.WorkbookPart.GetIdOfPart(part),
            SheetId = (uint)_sheets.ChildElements.Count + 1,
            Name = name,
        });
    }

    private static DataValidations? Validations(IReadOnlyList<SheetColumn> columns, uint lastRow)
    {
        var lists = columns.Select((c, i) => (c, i)).Where(x => x.c.Choices.Count > 0).Select(x => new DataValidation(
            new Formula1($"\"{string.Join(",", x.c.Choices)}\""))
        {
            Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ShowInputMessage = true,
            ErrorTitle = "无效的值", Error = $"请从下拉列表中选择：{string.Join("、", x.c.Choices)}",
            SequenceOfReferences = new ListValue<StringValue>([new StringValue($"{ColumnLetters.Of(x.i)}2:{ColumnLetters.Of(x.i)}{lastRow}")]),
        }).ToList();
        return lists.Count == 0 ? null : new DataValidations(lists) { Count = (uint)lists.Count };
    }

    private static Cell Cell(int column, uint row, object value, uint style)
    {
        var cell = new Cell { CellReference = $"{ColumnLetters.Of(column)}{row}", StyleIndex = style };
        switch (value)
        {
            case DateOnly date:
                cell.CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                break;
            case int or long or decimal or double:
                cell.CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            default:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(value.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve });
                break;
        }
        return cell;
    }
}
