using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Diagnose;

/// <summary>diagnose also writes the diagnosis for HR to open and print: diagnosis.html and diagnosis.xlsx, with the figures of diagnosis.json.</summary>
public sealed class DiagnosisDocumentsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly JsonElement _json;

    public DiagnosisDocumentsTests()
    {
        var run = DiagnoseRun.Of(RepoPaths.ContractExample, _temp["out"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        _json = JsonDocument.Parse(File.ReadAllText(_temp["out/diagnosis.json"])).RootElement;
    }

    public void Dispose() => _temp.Dispose();

    private double Cv(string stage, string indicator) =>
        _json.GetProperty("indicators").GetProperty(stage).GetProperty(indicator).GetProperty("before").GetProperty("cv").GetDouble();

    [Fact]
    public void Diagnosis_html_is_a_printable_chinese_page_with_the_key_figures()
    {
        var html = File.ReadAllText(_temp["out/diagnosis.html"]);

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("@page { size: A4", html);
        Assert.Contains($"符合交流条件 {_json.GetProperty("rotation").GetProperty("eligible").GetInt32()} 人", html);
        Assert.Contains($"合计 {_json.GetProperty("shortage_fte").GetProperty("before").GetDouble().ToString("0.0", CultureInfo.InvariantCulture)}", html);
        Assert.Contains($"<td class=\"num\">{Cv("junior", "backbone_per_100").ToString("0.000", CultureInfo.InvariantCulture)}</td>", html);
        var standard = _json.GetProperty("standards").GetProperty("primary").GetProperty("qualified_per_100");
        Assert.Contains($"<td class=\"num\">{standard.GetProperty("meeting_before").GetInt32()}/{standard.GetProperty("schools").GetInt32()}</td>", html);
        foreach (var heading in new[] { "教师配置校际差异系数", "每校教师配置最低标准", "学科缺额", "编制标准", "班额和学校规模", "专职资源教师", "各校三项教师指标" })
        {
            Assert.Contains(heading, html);
        }
    }

    [Fact]
    public void Diagnosis_xlsx_holds_the_same_figures_as_numbers_with_a_frozen_filtered_header()
    {
        using var document = SpreadsheetDocument.Open(_temp["out/diagnosis.xlsx"], false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => (WorksheetPart)workbook.GetPartById(s.Id!));
        Assert.Equal(["概况", "差异系数", "最低标准", "学科缺额", "编制", "各校指标"], sheets.Keys);

        var overview = Rows(sheets["概况"]).Single(r => r[0] == "符合交流条件（人）");
        Assert.Equal(_json.GetProperty("rotation").GetProperty("eligible").GetInt32().ToString(CultureInfo.InvariantCulture), overview[1]);
        var cv = Rows(sheets["差异系数"]).Single(r => r[0] == "初中" && r[1] == "每百名学生拥有县级及以上骨干教师数");
        Assert.Equal(Cv("junior", "backbone_per_100"), double.Parse(cv[3], CultureInfo.InvariantCulture), 9);
        Assert.Equal(_json.GetProperty("unmet_demand").GetArrayLength(), Rows(sheets["学科缺额"]).Count - 1);
        foreach (var part in sheets.Values)
        {
            Assert.NotNull(part.Worksheet.GetFirstChild<AutoFilter>());
            Assert.Equal(PaneStateValues.Frozen, part.Worksheet.Descendants<Pane>().Single().State!.Value);
        }
    }

    /// <summary>The sheet's rows, each as its cells' raw text (the header row first).</summary>
    private static List<List<string>> Rows(WorksheetPart part) => part.Worksheet.Descendants<Row>()
        .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "").ToList())
        .ToList();
}
