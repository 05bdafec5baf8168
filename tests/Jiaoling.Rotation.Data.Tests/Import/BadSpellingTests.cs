namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>
/// What the importer cannot forgive, said precisely: ids Excel has mangled or that hold path characters,
/// misspelled headers with the header meant, and the place of each problem.
/// </summary>
public sealed class BadSpellingTests
{
    private const string NewSchool = "蕉城三小,蕉城镇,urban,primary,10,1,0,0,24.6,116.1,G1";
    private const string NewTeacher = "陈明,F,1990-01-01,S1,primary,ART,second,none,bachelor,2015-09-01,teacher,,";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        {
            "id number in scientific notation", "teachers.csv", WithColumn("id_number", "4.41427E+17", "", ""),
            "teachers.csv:2: id_number（身份证号）“4.41427E+17”是 Excel 以科学计数法显示的数字，末尾几位已经丢失；" +
            "请在 Excel 中把该列设置为“文本”格式，重新录入完整的值后再保存"
        },
        {
            "teacher id in scientific notation", "teachers.csv", Teachers("4.41427E+11," + NewTeacher),
            "teachers.csv:5: teacher_id（工号）“4.41427E+11”是 Excel 以科学计数法显示的数字"
        },
        { "school id with a slash", "schools.csv", Schools("S4/x," + NewSchool), "schools.csv:5: school_id（学校代码）“S4/x”含有不允许的字符“/”；代码可用字母、数字、汉字" },
        { "teacher id with a backslash", "teachers.csv", Teachers("T4\\x," + NewTeacher), "teachers.csv:5: teacher_id（工号）“T4\\x”含有不允许的字符“\\”" },
        { "teacher id with a NUL", "teachers.csv", Teachers("T4\0x," + NewTeacher), "teachers.csv:5: teacher_id（工号）“T4\\u0000x”含有不允许的字符“\\u0000”" },
        { "school id of dots", "demand.csv", "school_id,stage,subject,required_fte\n..,primary,CHN,1", "demand.csv:2: school_id（学校代码）“..”以英文句点开头或结尾" },
        { "distance from an id with a tab", "distances.csv", "from_school_id,to_school_id,km\nS\t1,S2,3", "distances.csv:2: from_school_id（起点学校代码）“S\\u00091”含有不允许的字符" },
        { "decision on a path", "decisions.csv", "teacher_id,decision,school_id\n../T1,stay,", "decisions.csv:2: teacher_id（工号）“../T1”含有不允许的字符“/”" },
        {
            "misspelled English header", "teachers.csv", TempDataset.Teachers.Replace("birth_date", "birth_dat"),
            "teachers.csv:1: 缺少必需的列 birth_date（出生日期）；第 4 列“birth_dat”您是不是要写 “birth_date”？"
        },
        {
            "misspelled Chinese header", "teachers.csv", TempDataset.Teachers.Replace("birth_date", "出生日起"),
            "teachers.csv:1: 缺少必需的列 birth_date（出生日期）；第 4 列“出生日起”您是不是要写 “出生日期”？"
        },
        {
            "Chinese punctuation in policy.json", "policy.json", "{\n  \"term_years\"： 3\n}",
            "policy.json:1: 不是有效的 JSON：第 2 行第 15 个字符附近无法解析；该行有中文标点“：”，JSON 的引号、逗号、冒号和括号须用英文半角符号"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_spelling_is_one_precise_error(string because, string file, string text, string expected)
    {
        using var dataset = TempDataset.Valid().With(file, text);

        var result = dataset.Read();

        var error = Assert.Single(result.Errors);
        Assert.True(error.ToString().StartsWith(expected, StringComparison.Ordinal), $"{because}: {error}");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_misspelled_optional_header_is_a_warning_naming_the_header_meant()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", TempDataset.Teachers.Replace("spouse_id", "spuose_id"));

        var result = dataset.Read();

        Assert.Equal("teachers.csv:1: warning: 未知的列“spuose_id”，已忽略；您是不是要写 “spouse_id”？", Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public void A_header_far_from_every_known_one_lists_the_columns_instead()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", WithColumn("备注", "", "", ""));

        var warning = Assert.Single(dataset.Read().Warnings);

        Assert.StartsWith("teachers.csv:1: warning: 未知的列“备注”，已忽略；可用的列：teacher_id（工号）", warning.ToString());
    }

    [Fact]
    public void A_workbook_message_names_the_column_letter_after_the_row()
    {
        using var dataset = TempDataset.Empty().With("schools.csv", TempDataset.Schools);
        var rows = TempDataset.Teachers.Split('\n').Select(line => (IReadOnlyList<object?>)line.Split(',').Select(c => c.Length == 0 ? null : c).ToList()).ToList();
        rows[2] = rows[2].Select(c => c is "1981-02-03" ? "1981-02-30" : c).ToList();
        new XlsxBuilder().Sheet("教师", rows).Save(Path.Combine(dataset.Folder, "county.xlsx"));

        var error = Assert.Single(dataset.Read().Errors);

        Assert.StartsWith("county.xlsx[教师]:3: 列 D：birth_date（出生日期）的值“1981-02-30”无效", error.ToString());
    }

    [Fact]
    public void Full_width_digits_in_a_date_read_as_the_date_with_a_warning()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", TempDataset.Teachers.Replace("1980-01-01", "１９８０年１月１日"));

        var result = dataset.Read();

        Assert.Equal(new DateOnly(1980, 1, 1), result.Dataset!.Teachers[0].BirthDate);
        Assert.Equal("teachers.csv:2: warning: birth_date（出生日期）中的全角字母或数字已按半角读取（如“１９８０年１月１日”读作“1980年1月1日”）",
            Assert.Single(result.Warnings).ToString());
    }

    /// <summary>The small county's teachers.csv with one more column and a value for each of its three rows.</summary>
    internal static string WithColumn(string header, params string[] values)
    {
        var lines = TempDataset.Teachers.Split('\n');
        return string.Join("\n", lines.Select((line, i) => line + "," + (i == 0 ? header : values[i - 1])));
    }

    private static string Schools(params string[] rows) => string.Join("\n", [TempDataset.Schools, .. rows]);

    private static string Teachers(params string[] rows) => string.Join("\n", [TempDataset.Teachers, .. rows]);
}
