using System.Globalization;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>
/// Every spelling the importer accepts beyond the contract's codes reads to the same dataset as the
/// canonical one: the contract example's teachers.csv with one column respelled in every row, as CSV and
/// as a workbook of text cells.
/// </summary>
public sealed class SpellingTests
{
    public static TheoryData<string, string, bool> Spellings()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var spelling in Respelled.Keys)
        {
            data.Add(spelling, Respelled[spelling].Column, false);
            data.Add(spelling, Respelled[spelling].Column, true);
        }
        return data;
    }

    private static readonly Dictionary<string, (string Column, Func<string, string> Respell)> Respelled = new()
    {
        ["dotted dates"] = ("birth_date", d => Date(d, "yyyy.M.d")),
        ["dates with 年月日"] = ("school_start_date", d => Date(d, "yyyy年M月d日")),
        ["official title names"] = ("title", t => t switch
        {
            "none" => "未定级", "third" => "中小学三级教师", "second" => "中小学二级教师", "first" => "中小学一级教师",
            "senior" => "中小学高级教师", _ => "中小学正高级教师",
        }),
        ["backbone levels without 教师"] = ("backbone", b => b switch
        {
            "none" => "无", "county" => "县级骨干", "city" => "市级骨干", "province" => "省级骨干", _ => "国家级骨干",
        }),
        ["是/否 for willingness"] = ("willing", w => w switch { "yes" => "是", "no" => "否", _ => "" }),
        ["full-width teacher ids"] = ("teacher_id", FullWidth),
        ["full-width school ids"] = ("school_id", FullWidth),
        ["full-width id numbers"] = ("id_number", FullWidth),
        ["full-width gender codes"] = ("gender", FullWidth),
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void An_accepted_spelling_reads_like_the_canonical_one(string spelling, string column, bool asWorkbook)
    {
        var rows = ChineseCopy.Rows("teachers");
        var index = Array.IndexOf(rows[0], column);
        var respelled = rows.Select((row, i) => i == 0 || row[index].Length == 0
            ? row
            : row.Select((cell, c) => c == index ? Respelled[spelling].Respell(cell) : cell).ToArray()).ToList();
        using var copy = Copy(respelled, asWorkbook);

        var result = copy.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        DatasetAssert.Equal(DatasetReader.Read(RepoPaths.ContractExample).Dataset!, result.Dataset!);
        if (spelling.StartsWith("full-width", StringComparison.Ordinal))
        {
            // One line for the whole column, however many rows had full-width characters.
            var warning = Assert.Single(result.Warnings);
            Assert.Contains($"{column}（", warning.Message);
            Assert.Matches("（共 [0-9]+ 行，如第 [0-9]+、[0-9]+、[0-9]+ 行）$", warning.Message);
        }
        else
        {
            Assert.Empty(result.Warnings);
        }
    }

    [Fact]
    public void A_post_school_column_left_empty_or_naming_the_school_itself_reads_like_no_column()
    {
        var rows = ChineseCopy.Rows("teachers");
        var school = Array.IndexOf(rows[0], "school_id");
        var withColumn = rows.Select((row, i) => (string[])[.. row, i == 0 ? "人事关系学校" : i % 2 == 0 ? row[school] : ""]).ToList();
        using var copy = Copy(withColumn, asWorkbook: false);

        var result = copy.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        DatasetAssert.Equal(DatasetReader.Read(RepoPaths.ContractExample).Dataset!, result.Dataset!);
        Assert.All(result.Dataset!.Teachers, t => Assert.Null(t.PostSchoolId));
    }

    private static TempDataset Copy(List<string[]> teachers, bool asWorkbook)
    {
        var copy = TempDataset.Empty();
        foreach (var file in new[] { "schools.csv", "demand.csv", "policy.json" })
        {
            copy.With(file, File.ReadAllText(Path.Combine(RepoPaths.ContractExample, file)));
        }
        if (asWorkbook)
        {
            new XlsxBuilder().Sheet("教师", teachers.Select(r => (IReadOnlyList<object?>)r.Select(c => c.Length == 0 ? null : c).ToList()).ToList())
                .Save(Path.Combine(copy.Folder, "county.xlsx"));
        }
        else
        {
            copy.With("teachers.csv", ChineseCopy.Csv(teachers));
        }
        return copy;
    }

    private static string Date(string iso, string format) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString(format, CultureInfo.InvariantCulture);

    private static string FullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));
}
