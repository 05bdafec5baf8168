using System.Globalization;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Data.Output;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>The same county given as GB18030 CSV with Chinese headers, as a workbook or as per-table files reads the same.</summary>
public sealed class EquivalentSourcesTests
{
    private static readonly HashSet<string> DateColumns =
        ["birth_date", "retirement_date", "school_start_date", "role_start_date", "last_rotation_end"];

    private static readonly HashSet<string> BoolColumns = ["teaching_point", "weak", "boarding", "needs_rural_service"];

    private static readonly HashSet<string> NumberColumns =
    [
        "primary_students", "primary_classes", "junior_students", "junior_classes", "special_needs_students", "staff_quota",
        "lat", "lon", "home_lat", "home_lon", "required_fte",
    ];

    [Fact]
    public void Gb18030_copy_with_Chinese_headers_and_labels_reads_like_the_original()
    {
        using var copy = TempDataset.Empty();
        foreach (var table in ChineseCopy.Tables)
        {
            copy.WithBytes(table + ".csv", TestEncodings.Gb18030.GetBytes(ChineseCopy.Csv(ChineseCopy.Translate(table))));
        }
        copy.With("policy.json", File.ReadAllText(Path.Combine(RepoPaths.ContractExample, "policy.json")));

        AssertReadsLikeExample(copy.Read());
    }

    [Fact]
    public void Workbook_with_Chinese_sheet_names_and_date_cells_reads_like_the_original()
    {
        using var copy = TempDataset.Empty();
        new XlsxBuilder()
            .Sheet("学校", Typed("schools", chinese: true))
            .Sheet("教师", Typed("teachers", chinese: true))
            .Sheet("需求", Typed("demand", chinese: true))
            .Save(Path.Combine(copy.Folder, "county.xlsx"));

        AssertReadsLikeExample(copy.Read());
    }

    [Fact]
    public void Per_table_xlsx_files_with_inline_strings_read_like_the_original()
    {
        using var copy = TempDataset.Empty();
        foreach (var table in ChineseCopy.Tables)
        {
            new XlsxBuilder { InlineStrings = true }.Sheet("Sheet1", Typed(table, chinese: false))
                .Save(Path.Combine(copy.Folder, table + ".xlsx"));
        }

        AssertReadsLikeExample(copy.Read());
    }

    [Fact]
    public void Workbook_in_the_1904_date_system_reads_its_dates()
    {
        using var copy = TempDataset.Empty();
        new XlsxBuilder { Date1904 = true }
            .Sheet("schools", Typed("schools", chinese: false))
            .Sheet("teachers", Typed("teachers", chinese: false))
            .Sheet("demand", Typed("demand", chinese: false))
            .Save(Path.Combine(copy.Folder, "county.xlsx"));

        AssertReadsLikeExample(copy.Read());
    }

    private static void AssertReadsLikeExample(ReadResult result)
    {
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        var example = DatasetReader.Read(RepoPaths.ContractExample).Dataset!;
        DatasetAssert.Equal(example, result.Dataset!);
        Assert.Equal(DiagnosisOf(example), DiagnosisOf(result.Dataset!));
    }

    /// <summary>diagnosis.json as <c>diagnose</c> writes it for the dataset.</summary>
    private static string DiagnosisOf(Dataset dataset) =>
        DiagnosisJson.ToJson(Diagnosis.Of(County.Create(dataset)));

    /// <summary>The example table with typed cells: dates, booleans and numbers as Excel keeps them.</summary>
    private static List<IReadOnlyList<object?>> Typed(string table, bool chinese)
    {
        var header = ChineseCopy.Rows(table)[0];
        var rows = chinese ? ChineseCopy.Translate(table) : ChineseCopy.Rows(table);
        var typed = new List<IReadOnlyList<object?>> { rows[0] };
        foreach (var row in rows.Skip(1))
        {
            typed.Add(row.Select((cell, i) => Cell(header[i], cell)).ToList());
        }
        return typed;
    }

    private static object? Cell(string column, string text) => text switch
    {
        "" => null,
        _ when DateColumns.Contains(column) => DateOnly.Parse(text.Replace('/', '-'), CultureInfo.InvariantCulture),
        _ when BoolColumns.Contains(column) => text is "true" or "是",
        _ when NumberColumns.Contains(column) => decimal.Parse(text, CultureInfo.InvariantCulture),
        _ => text,
    };
}
