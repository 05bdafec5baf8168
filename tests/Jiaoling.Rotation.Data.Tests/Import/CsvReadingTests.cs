using System.Text;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>The general reading rules of CSV files: encodings, quoting, line numbers, blank rows, headers.</summary>
public sealed class CsvReadingTests
{
    private const string TeacherRow = "T4,陈明,F,1990-01-01,S1,primary,ART,second,none,bachelor,2015-09-01,teacher,,";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8_reads_with_or_without_bom(bool bom)
    {
        var bytes = Encoding.UTF8.GetBytes(TempDataset.Teachers);
        using var dataset = TempDataset.Valid().WithBytes("teachers.csv", bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal("李丽", result.Dataset!.Teachers[0].Name);
    }

    [Fact]
    public void A_quoted_line_break_moves_the_lines_of_later_records()
    {
        var text = TempDataset.Schools.Replace("S2,蕉城二中", "S2,\"蕉城\n二中, \"\"新\"\"\"") +
                   "\nS4,新校,蕉城镇,city,primary,10,1,0,0,24.6,116.1,G1";
        using var dataset = TempDataset.Valid().With("schools.csv", text);

        var result = dataset.Read();

        Assert.Equal("schools.csv:6", $"{result.Errors.Single().File}:{result.Errors.Single().Line}");
    }

    [Fact]
    public void A_quoted_field_keeps_commas_quotes_and_line_breaks()
    {
        var text = TempDataset.Schools.Replace("S2,蕉城二中", "S2,\"蕉城\r\n二中, \"\"新\"\"\"");
        using var dataset = TempDataset.Valid().With("schools.csv", text);

        var result = dataset.Read();

        Assert.Equal("蕉城\r\n二中, \"新\"", result.Dataset!.Schools[1].Name);
    }

    [Fact]
    public void Rows_of_empty_cells_are_skipped_but_counted()
    {
        var text = TempDataset.Teachers + "\n,,,,,,,,,,,,,\n\n  ,  ,,,,,,,,,,,,\n" + TeacherRow.Replace("ART", "X");
        using var dataset = TempDataset.Valid().With("teachers.csv", text);

        var result = dataset.Read();

        Assert.Equal("teachers.csv:8", $"{result.Errors.Single().File}:{result.Errors.Single().Line}");
    }

    [Fact]
    public void An_unknown_column_is_a_warning_and_the_rest_reads()
    {
        var text = TempDataset.Teachers.Replace("spouse_id\n", "spouse_id,备注\n").Replace(",T2\n", ",T2,调入\n")
            .Replace(",T1\n", ",T1,\n").Replace("2015-09-01,\n", "2015-09-01,,\n") + ",";
        using var dataset = TempDataset.Valid().With("teachers.csv", text);

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("teachers.csv:1: warning: 未知的列“备注”", warning.ToString());
    }

    [Fact]
    public void Headers_and_cells_are_trimmed_and_headers_ignore_case()
    {
        var text = TempDataset.Schools.Replace("school_id,name", " SCHOOL_ID , Name ").Replace("S1,蕉城一小", "  S1 ,蕉城一小 ");
        using var dataset = TempDataset.Valid().With("schools.csv", text);

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(("S1", "蕉城一小"), (result.Dataset!.Schools[0].Id.Value, result.Dataset.Schools[0].Name));
    }

    [Theory]
    [InlineData("2000-02-29", true)]
    [InlineData("2000/2/29", true)]
    [InlineData("1980-02-29", true)]
    [InlineData("1981-02-29", false)]
    [InlineData("1900-02-29", false)]
    [InlineData("1981-2-3", true)]
    [InlineData("1981-02/03", false)]
    [InlineData("19810203", false)]
    public void Dates_are_checked_against_the_calendar(string date, bool valid)
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", TempDataset.Teachers + "\n" + TeacherRow.Replace("1990-01-01", date));

        var result = dataset.Read();

        Assert.Equal(valid, result.Ok);
        if (valid)
        {
            Assert.Equal(DateOnly.Parse(date.Replace('/', '-'), System.Globalization.CultureInfo.InvariantCulture),
                result.Dataset!.Teachers[3].BirthDate);
        }
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("YES", true)]
    [InlineData("1", true)]
    [InlineData("是", true)]
    [InlineData("False", false)]
    [InlineData("no", false)]
    [InlineData("0", false)]
    [InlineData("否", false)]
    [InlineData("", false)]
    public void Booleans_take_the_contract_spellings(string text, bool expected)
    {
        var schools = TempDataset.Schools.Replace(",group_id\n", ",group_id,boarding\n").Replace(",G1\nS2", $",G1,{text}\nS2")
            .Replace(",G1\nS3", ",G1,\nS3") + ",";
        using var dataset = TempDataset.Valid().With("schools.csv", schools);

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(expected, result.Dataset!.Schools[0].Boarding);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_its_record_starts()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", TempDataset.Teachers + "\nT4,\"陈明,F");

        var result = dataset.Read();

        Assert.Contains(result.Errors, e => e.Line == 5 && e.Message.Contains("引号"));
    }

    [Fact]
    public void Codes_accept_labels_synonyms_and_any_case()
    {
        var row = "T4,陈明,女,1990-01-01,S1,小学,体育,一级教师,县级骨干教师,大学本科,2015-09-01,教师,,";
        using var dataset = TempDataset.Valid().With("teachers.csv", TempDataset.Teachers + "\n" + row.Replace("体育", "pe"));

        var teacher = dataset.Read().Dataset!.Teachers[3];

        Assert.Equal((Domain.Subject.PE, Domain.Title.First, Domain.BackboneLevel.County, Domain.Education.Bachelor),
            (teacher.Subject, teacher.Title, teacher.Backbone, teacher.Education));
    }
}
