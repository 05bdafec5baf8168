namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>Bad input never throws: random bytes, damaged workbooks and odd values come back as problems.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 25));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_bytes_in_every_file_are_problems_not_exceptions(int seed)
    {
        var random = new Random(seed);
        using var dataset = TempDataset.Valid();
        foreach (var file in new[] { "teachers.csv", "policy.json", "county.xlsx" })
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            dataset.WithBytes(file, bytes);
        }

        var result = dataset.Read();

        Assert.False(result.Ok);
        Assert.Null(result.Dataset);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_damaged_workbook_is_a_problem_not_an_exception(int seed)
    {
        var random = new Random(seed);
        using var dataset = TempDataset.Empty();
        var path = Path.Combine(dataset.Folder, "county.xlsx");
        new XlsxBuilder()
            .Sheet("学校", [["学校代码", "纬度"], ["S1", 24.5m]])
            .Sheet("教师", [["工号", "出生日期"], ["T1", new DateOnly(1980, 1, 1)]])
            .Save(path);
        var bytes = File.ReadAllBytes(path);
        for (var i = 0; i < 5; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
        }
        dataset.WithBytes("county.xlsx", bytes);

        var result = dataset.Read();

        Assert.NotEmpty(result.Errors);
    }

    [Theory]
    [InlineData("٢٠٢٠-01-01")]
    [InlineData("99999-01-01")]
    [InlineData("2020-1-1-1")]
    public void Dates_in_other_digits_or_shapes_are_errors(string date)
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", TempDataset.Teachers.Replace("1980-01-01", date));

        var error = Assert.Single(dataset.Read().Errors);

        Assert.Equal("teachers.csv:2", $"{error.File}:{error.Line}");
    }

    [Fact]
    public void A_date_cell_beyond_the_calendar_is_an_error_quoting_its_number()
    {
        using var dataset = TempDataset.Valid().Without("teachers.csv");
        var header = TempDataset.Teachers.Split('\n')[0].Split(',');
        object?[] row = ["T1", "李丽", "F", new XlsxBuilder.DateSerial(1e9), "S1", "primary", "CHN", "first", "none", "bachelor",
            new DateOnly(2010, 9, 1), "teacher"];
        new XlsxBuilder().Sheet("Sheet1", [header, row]).Save(Path.Combine(dataset.Folder, "teachers.xlsx"));

        var error = Assert.Single(dataset.Read().Errors);

        Assert.StartsWith("teachers.xlsx:2: 列 D：birth_date（出生日期）的值“1000000000”无效", error.ToString());
    }
}
