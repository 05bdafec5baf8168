using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.App.Tests.Diagnose;
using Jiaoling.Rotation.App.Tests.Template;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Cli;

/// <summary>
/// Input the importer refuses, through the command line: each case exits 2 with its message on stderr as
/// <c>FILE:LINE: message</c>, for <c>diagnose</c> and <c>plan</c>, and leaves no output folder.
/// </summary>
public sealed class BadInputExitTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> Cases => new()
    {
        { "id number Excel showed in scientific notation", "teachers.csv:2: id_number（身份证号）“4.41427E+17”是 Excel 以科学计数法显示的数字，末尾几位已经丢失；请在 Excel 中把该列设置为“文本”格式" },
        { "teacher id with a slash", "teachers.csv:2: teacher_id（工号）“T0/0001”含有不允许的字符“/”；代码可用字母、数字、汉字和 - _ . 等字符" },
        { "misspelled header", "teachers.csv:1: 缺少必需的列 birth_date（出生日期）；第 5 列“birth_dat”您是不是要写 “birth_date”？" },
        { "Chinese punctuation in policy.json", "policy.json:1: 不是有效的 JSON：第 2 行第 18 个字符附近无法解析；该行有中文标点“，”" },
        { "post school not in schools.csv", "teachers.csv:2: post_school_id（人事关系学校）“S999”不在 schools 表中" },
        { "rotation ending before the school start", "teachers.csv:2: 该教师人事关系在学校“S004”、正在本校“S001”交流，但上次交流结束日期 2005-08-31 早于本校任教起始日期 2006-06-03" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_2_with_its_message_and_writes_nothing(string because, string message)
    {
        var data = _temp.Copy(RepoPaths.ContractExample, "data");
        Spoil(data, because);

        var plan = CliRun.Of("plan", "--data", data, "--out", _temp["out"], "--no-pdf");
        var diagnose = DiagnoseRun.Of(data, _temp["out"]);

        foreach (var (verb, exit, stderr) in new[] { ("plan", plan.Exit, plan.Err), ("diagnose", diagnose.ExitCode, diagnose.Stderr) })
        {
            Assert.True(ExitCodes.InvalidInput == exit, $"{verb}, {because}: exit {exit}\n{stderr}");
            Assert.True(stderr.Contains(message, StringComparison.Ordinal), $"{verb}, {because}: stderr was\n{stderr}");
        }
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public void Every_bad_value_of_policy_json_is_reported_at_its_own_line_at_once_with_exit_2_and_nothing_written()
    {
        var data = _temp.Copy(RepoPaths.ContractExample, "data");
        File.WriteAllText(Path.Combine(data, "policy.json"), "{\n  \"doc_number\": 0,\n  \"term_years\": 3,\n  \"publicity_days\": 31\n}\n");

        var run = CliRun.Of("plan", "--data", data, "--out", _temp["out"], "--no-pdf");

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("policy.json:2: ", run.Err);
        Assert.Contains("doc_number", run.Err);
        Assert.Contains("policy.json:4: ", run.Err);
        Assert.Contains("publicity_days", run.Err);
        Assert.DoesNotContain("policy.json:3: ", run.Err);
        Assert.Matches("[\\u4e00-\\u9fff]", run.Err);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public void A_bad_cell_of_the_filled_in_workbook_exits_2_naming_sheet_row_and_column_letter_and_writes_nothing()
    {
        Assert.Equal(0, CliRun.Of("template", "--out", _temp["data"]).Exit);
        var workbook = Path.Combine(_temp["data"], "交流轮岗数据.xlsx");
        FilledTemplate.Fill(workbook, "学校", new Dictionary<string, object>
        {
            ["学校代码"] = "S01", ["学校名称"] = "城关小学", ["所在镇"] = "蕉城镇", ["城乡类型"] = "城里", ["学段类型"] = "小学",
            ["小学在校生数"] = 600, ["小学班级数"] = 12, ["纬度"] = 24.6565, ["经度"] = 116.1735,
        });

        var run = CliRun.Of("plan", "--data", _temp["data"], "--out", _temp["out"], "--no-pdf");

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("交流轮岗数据.xlsx[学校]:2: 列 D：area（城乡类型）的值“城里”无效", run.Err);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    private static void Spoil(string data, string because)
    {
        var teachers = Path.Combine(data, "teachers.csv");
        var lines = File.ReadAllLines(teachers);
        switch (because)
        {
            case "id number Excel showed in scientific notation":
                lines[1] = lines[1].Replace("441427197504285851", "4.41427E+17");
                break;
            case "teacher id with a slash":
                lines[1] = lines[1].Replace("T00001,", "T0/0001,");
                break;
            case "misspelled header":
                lines[0] = lines[0].Replace("birth_date", "birth_dat");
                break;
            case "Chinese punctuation in policy.json":
                File.WriteAllText(Path.Combine(data, "policy.json"), "{\n  \"term_years\": 3，\n  \"min_years_at_school\": 6\n}\n");
                return;
            case "post school not in schools.csv":
                lines = WithPostSchool(lines, "S999", "2029-08-31");
                break;
            case "rotation ending before the school start":
                lines = WithPostSchool(lines, "S004", "2005-08-31");
                break;
        }
        File.WriteAllLines(teachers, lines);
    }

    /// <summary>The first teacher (T00001, primary at S001) on rotation with the post held at <paramref name="post"/>.</summary>
    private static string[] WithPostSchool(string[] lines, string post, string end)
    {
        var header = lines[0].Split(',');
        var endColumn = Array.IndexOf(header, "last_rotation_end");
        return lines.Select((line, i) =>
        {
            var cells = line.Split(',');
            if (i == 1)
            {
                cells[endColumn] = end;
            }
            return string.Join(",", cells) + "," + (i == 0 ? "post_school_id" : i == 1 ? post : "");
        }).ToArray();
    }
}
