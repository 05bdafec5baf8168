using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>plan.xlsx: a summary sheet and a sheet per kind of row, with Chinese headers.</summary>
public sealed class WorkbookTests
{
    [Fact]
    public async Task Plan_workbook_has_a_summary_and_a_sheet_per_kind_with_its_rows()
    {
        using var output = new TempFolder();
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, SmallPlan.Options(), CancellationToken.None);
        Assert.Contains("plan.xlsx", result.Files);
        using var document = SpreadsheetDocument.Open(output.File("plan.xlsx"), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Descendants<Sheet>().ToList();
        Assert.Equal(["汇总", "交流轮岗", "走教", "校长交流"], sheets.Select(s => s.Name!.Value));
        int Rows(Sheet sheet) => ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Count();
        Assert.Equal([2, 3, 3], sheets.Skip(1).Select(Rows));
        var header = ((WorksheetPart)workbook.GetPartById(sheets[2].Id!)).Worksheet.Descendants<Row>().First();
        Assert.Equal("序号", header.Descendants<Text>().First().Text);
        Assert.Contains("每周天数", header.Descendants<Text>().Select(t => t.Text));
    }
}
