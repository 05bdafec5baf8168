using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>
/// plan.xlsx: a summary sheet all in Chinese and a sheet per kind of row, each with a frozen header, a
/// filter, set column widths, date-typed dates and formatted percentages.
/// </summary>
public sealed class WorkbookTests : IDisposable
{
    private readonly TempFolder _output = new();
    private readonly SpreadsheetDocument _document;

    public WorkbookTests()
    {
        PlanDocuments.WriteAllAsync(SmallPlan.Input(), _output.Path, SmallPlan.Options(), CancellationToken.None).GetAwaiter().GetResult();
        _document = SpreadsheetDocument.Open(_output.File("plan.xlsx"), false);
    }

    public void Dispose()
    {
        _document.Dispose();
        _output.Dispose();
    }

    private IReadOnlyList<Sheet> Sheets => _document.WorkbookPart!.Workbook.Descendants<Sheet>().ToList();

    private Worksheet Worksheet(string name) =>
        ((WorksheetPart)_document.WorkbookPart!.GetPartById(Sheets.Single(s => s.Name == name).Id!)).Worksheet;

    private string? FormatOf(Cell cell)
    {
        var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    private static string Text(Cell cell) => cell.InnerText;

    [Fact]
    public void Plan_workbook_has_a_summary_and_a_sheet_per_kind_with_its_rows()
    {
        Assert.Equal(["汇总", "交流轮岗", "走教", "校长交流"], Sheets.Select(s => s.Name!.Value));
        Assert.Equal([2, 3, 3], Sheets.Skip(1).Select(s => Worksheet(s.Name!).Descendants<Row>().Count()));
        var header = Worksheet("走教").Descendants<Row>().First();
        Assert.Equal("序号", Text(header.Elements<Cell>().First()));
        Assert.Contains("每周天数", header.Elements<Cell>().Select(Text));
    }

    [Fact]
    public void Every_sheet_has_a_frozen_header_a_filter_and_column_widths()
    {
        foreach (var sheet in Sheets)
        {
            var worksheet = Worksheet(sheet.Name!);
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal((PaneStateValues.Frozen, 1d, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
            var rows = worksheet.Descendants<Row>().Count();
            var columns = worksheet.Descendants<Row>().First().Elements<Cell>().Count();
            Assert.Equal($"A1:{(char)('A' + columns - 1)}{rows}", worksheet.Elements<AutoFilter>().Single().Reference!.Value);
            Assert.Equal(columns, worksheet.Descendants<Column>().Count());
            Assert.All(worksheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 6, 60));
        }
    }

    [Fact]
    public void Dates_are_date_cells_and_ratios_are_percentages()
    {
        var transfer = Worksheet("交流轮岗").Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        var (start, end) = (transfer[11], transfer[12]);
        Assert.Equal(new DateOnly(2027, 9, 1).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), start.CellValue!.Text);
        Assert.Equal(CellValues.Number, start.DataType!.Value);
        Assert.Equal("yyyy-mm-dd", FormatOf(start));
        Assert.Equal("yyyy-mm-dd", FormatOf(end));
        var summary = Worksheet("汇总").Descendants<Row>().ToList();
        var ratio = summary.Single(r => Text(r.Elements<Cell>().First()) == "交流比例").Elements<Cell>().Last();
        Assert.Equal("0.0%", FormatOf(ratio));
    }

    [Fact]
    public void The_workbook_follows_the_spreadsheet_schema()
    {
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(_document).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public void The_summary_sheet_is_all_in_chinese()
    {
        var texts = Worksheet("汇总").Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString).Select(Text).ToList();
        Assert.Contains("求解状态", texts);
        Assert.Contains("最优（已证明）", texts);
        Assert.All(texts, t => Assert.DoesNotMatch("[A-Za-z]", t));
    }
}
