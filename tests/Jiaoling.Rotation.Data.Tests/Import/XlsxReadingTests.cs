namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>Excel specifics: numbers in text columns, lost id numbers, sheet names, tables given twice.</summary>
public sealed class XlsxReadingTests
{
    private static readonly object?[] SchoolHeader =
        ["学校代码", "学校名称", "所在镇", "城乡类型", "学段类型", "小学在校生数", "小学班级数", "纬度", "经度"];

    private static readonly object?[] TeacherHeader =
    [
        "teacher_id", "name", "id_number", "gender", "birth_date", "school_id", "stage", "subject", "title", "backbone",
        "education", "school_start_date", "role",
    ];

    [Fact]
    public void Numbers_in_text_columns_read_as_their_digits()
    {
        using var dataset = Workbook(Teacher(1001m, 441427198001011234m));

        var result = dataset.Read();

        var teacher = result.Dataset!.Teachers.Single();
        Assert.Equal(("1001", "1001"), (teacher.Id.Value, teacher.SchoolId.Value));
        Assert.Equal(new DateOnly(2010, 9, 1), teacher.SchoolStartDate);
    }

    [Fact]
    public void An_id_number_stored_as_a_number_of_18_digits_is_dropped_with_a_warning()
    {
        using var dataset = Workbook(Teacher(7m, 441427198001011234m));

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Null(result.Dataset!.Teachers.Single().IdNumber);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("county.xlsx[教师]:2: warning: 列 C：id_number（身份证号）“441427198001011000”", warning.ToString());
        Assert.Contains("设置为“文本”格式", warning.Message);
    }

    [Fact]
    public void An_id_number_stored_as_text_is_kept()
    {
        using var dataset = Workbook(Teacher(7m, "44142719800101123X"));

        Assert.Equal("44142719800101123X", dataset.Read().Dataset!.Teachers.Single().IdNumber);
    }

    [Fact]
    public void Problems_in_a_workbook_name_the_sheet_the_row_and_the_column_letter()
    {
        var bad = Teacher(7m, "1").Select(c => c is "MUS" ? "唱歌" : c).ToArray();
        using var dataset = Workbook(Teacher(6m, "1"), [], bad);

        var error = Assert.Single(dataset.Read().Errors);

        Assert.StartsWith("county.xlsx[教师]:4: 列 H：subject（任教学科）的值“唱歌”无效", error.ToString());
    }

    [Fact]
    public void A_table_given_as_csv_and_in_a_workbook_is_an_error()
    {
        using var dataset = Workbook(Teacher(7m, "1")).With("teachers.csv", TempDataset.Teachers);

        var error = Assert.Single(dataset.Read().Errors, e => e.Message.Contains("重复提供"));

        Assert.Equal("county.xlsx[教师]:1", $"{error.File}:{error.Line}");
        Assert.Contains("teachers.csv", error.Message);
    }

    [Fact]
    public void The_instructions_sheet_of_the_fill_in_workbook_is_passed_over_without_a_warning()
    {
        using var dataset = Workbook(Teacher(7m, "1"));
        new XlsxBuilder().Sheet("说明", [["这是说明"]]).Save(Path.Combine(dataset.Folder, "readme.xlsx"));

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void An_unknown_sheet_is_a_warning()
    {
        using var dataset = Workbook(Teacher(7m, "1"));
        new XlsxBuilder().Sheet("备注", [["这是备注"]]).Save(Path.Combine(dataset.Folder, "readme.xlsx"));

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.StartsWith("readme.xlsx:1: warning: 工作表“备注”", Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_an_error()
    {
        using var dataset = TempDataset.Valid().With("county.xlsx", "not a zip");

        var error = Assert.Single(dataset.Read().Errors);

        Assert.Equal("county.xlsx:1", $"{error.File}:{error.Line}");
    }

    [Fact]
    public void An_old_xls_file_is_a_warning_and_the_missing_table_an_error()
    {
        using var dataset = TempDataset.Valid().Without("teachers.csv").With("teachers.xls", "binary");

        var result = dataset.Read();

        Assert.Equal("teachers.csv:1", $"{result.Errors.Single().File}:{result.Errors.Single().Line}");
        Assert.StartsWith("teachers.xls:1: warning:", result.Warnings.Single().ToString());
    }

    private static object?[] Teacher(object id, object idNumber) =>
        [id, "李丽", idNumber, "F", new DateOnly(1980, 1, 1), 1001m, "primary", "MUS", "first", "none", "bachelor",
            new DateOnly(2010, 9, 1), "teacher"];

    private static TempDataset Workbook(params object?[][] teachers)
    {
        var dataset = TempDataset.Empty();
        new XlsxBuilder()
            .Sheet("学校", [SchoolHeader, [1001m, "一小", "蕉城镇", "urban", "primary", 300m, 8m, 24.6565m, 116.1735m]])
            .Sheet("教师", [TeacherHeader, .. teachers.Select(t => t.Length == 0 ? null : t).Select(t => (IReadOnlyList<object?>)(t ?? []))])
            .Save(Path.Combine(dataset.Folder, "county.xlsx"));
        return dataset;
    }
}
