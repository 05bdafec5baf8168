using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jiaoling.Rotation.App.Tests.Diagnose;
using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.App.Tests.Template;

public sealed class TemplateVerbTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _workbook;

    public TemplateVerbTests()
    {
        var run = CliRun.Of("template", "--out", _temp["data"]);
        Assert.True(run.Exit == 0, run.Err);
        _workbook = Path.Combine(_temp["data"], "交流轮岗数据.xlsx");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_template_is_a_valid_workbook_of_instructions_and_the_five_tables_with_the_importers_chinese_headers()
    {
        using var document = SpreadsheetDocument.Open(_workbook, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["说明", "学校", "教师", "需求", "距离", "复核"], sheets);
        foreach (var table in ContractTables.All)
        {
            var part = FilledTemplate.Part(document, table.Alias);
            Assert.Equal(table.Columns.Select(c => c.Alias), FilledTemplate.Headers(part));
            Assert.Equal(PaneStateValues.Frozen, part.Worksheet.Descendants<Pane>().Single().State!.Value);
            Assert.StartsWith("A1:", part.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        }
        var instructions = string.Join('\n', FilledTemplate.Part(document, "说明").Worksheet.Descendants<Text>().Select(t => t.Text));
        Assert.Contains("身份证号（id_number）：可空", instructions);
        Assert.Contains("城乡类型（area）：必填，可填：城区、镇区、乡村", instructions);
    }

    [Fact]
    public void Every_coded_column_offers_the_labels_of_its_code_table_in_a_drop_down()
    {
        using var document = SpreadsheetDocument.Open(_workbook, false);
        var expected = new Dictionary<(string Sheet, string Header), IEnumerable<string>>
        {
            [("学校", "城乡类型")] = Codes.Area.Values.Select(Codes.Area.Label),
            [("学校", "学段类型")] = Codes.Level.Values.Select(Codes.Level.Label),
            [("学校", "薄弱学校")] = ["是", "否"],
            [("教师", "性别")] = ["男", "女"],
            [("教师", "任教学科")] = Codes.Subject.Values.Select(Codes.Subject.Label),
            [("教师", "职称")] = Codes.Title.Values.Select(Codes.Title.Label),
            [("教师", "骨干教师")] = Codes.Backbone.Values.Select(Codes.Backbone.Label),
            [("教师", "最高学历")] = Codes.Education.Values.Select(Codes.Education.Label),
            [("教师", "用工类型")] = Codes.StaffType.Values.Select(Codes.StaffType.Label),
            [("教师", "岗位")] = Codes.Role.Values.Select(Codes.Role.Label),
            [("教师", "暂缓交流原因")] = Codes.Exemption.Values.Select(Codes.Exemption.Label),
            [("教师", "交流意愿")] = Codes.Willing.Values.Select(Codes.Willing.Label),
            [("教师", "需乡村任教经历")] = ["是", "否"],
            [("需求", "学段")] = Codes.Stage.Values.Select(Codes.Stage.Label),
            [("复核", "复核决定")] = Codes.Decision.Values.Select(Codes.Decision.Label),
        };
        var found = new Dictionary<(string, string), IEnumerable<string>>();
        foreach (var table in ContractTables.All)
        {
            var part = FilledTemplate.Part(document, table.Alias);
            var headers = FilledTemplate.Headers(part);
            foreach (var list in part.Worksheet.Descendants<DataValidation>())
            {
                var column = Data.Import.Sources.ColumnLetters.IndexOf(list.SequenceOfReferences!.InnerText!);
                Assert.StartsWith($"{Data.Import.Sources.ColumnLetters.Of(column)}2:", list.SequenceOfReferences.InnerText);
                Assert.True(list.Formula1!.Text.Length <= 255, "Excel reads at most 255 characters of a list");
                found[(table.Alias, headers[column])] = list.Formula1.Text.Trim('"').Split(',');
            }
        }
        foreach (var (column, labels) in expected)
        {
            Assert.Equal(labels, found[column]);
        }
        Assert.Equal(19, found.Count);
    }

    [Fact]
    public void Date_columns_show_dates_and_id_columns_keep_text()
    {
        using var document = SpreadsheetDocument.Open(_workbook, false);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var codes = stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var teachers = FilledTemplate.Part(document, "教师");
        var headers = FilledTemplate.Headers(teachers);
        var styles = teachers.Worksheet.GetFirstChild<Columns>()!.Elements<DocumentFormat.OpenXml.Spreadsheet.Column>().Select(c => formats[(int)c.Style!.Value].NumberFormatId!.Value).ToList();
        foreach (var date in new[] { "出生日期", "法定退休日期", "本校任教起始日期", "任现职起始日期", "上次交流结束日期" })
        {
            Assert.Equal("yyyy-mm-dd", codes[styles[headers.IndexOf(date)]]);
        }
        foreach (var text in new[] { "工号", "身份证号", "学校代码", "配偶工号", "人事关系学校" })
        {
            Assert.Equal(49u, styles[headers.IndexOf(text)]);
        }
    }
}
