using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Tests.PlanCsv;

/// <summary>plan.csv: the contract's exact format written, and read back leniently with plan_format problems.</summary>
public sealed class PlanCsvTests : IDisposable
{
    private readonly PlanText _files = new();

    private static readonly Plan SamplePlan = new(
    [
        Row("T00001", AssignmentKind.Transfer, Subject.MUS, 1.0m, "补充乡村学校音乐教师"),
        Row("T00002", AssignmentKind.Itinerant, Subject.PE, 0.3m, "走教体育，每周 \"两天\", 下午"),
        Row("T00003", AssignmentKind.Principal, null, 1.0m, "校长任期\n届满交流"),
    ]);

    [Fact]
    public void Written_plan_has_the_contract_header_codes_dates_and_one_decimal_shares()
    {
        var text = Write(SamplePlan);

        var lines = text.Split('\n');
        Assert.Equal("teacher_id,teacher_name,kind,from_school_id,to_school_id,stage,subject,share,start_date,end_date,reason", lines[0]);
        Assert.Equal("T00001,李丽,transfer,S001,S006,primary,MUS,1.0,2027-09-01,2030-09-01,补充乡村学校音乐教师", lines[1]);
        Assert.Equal("T00002,李丽,itinerant,S001,S006,primary,PE,0.3,2027-09-01,2030-09-01,\"走教体育，每周 \"\"两天\"\", 下午\"", lines[2]);
        Assert.StartsWith("T00003,李丽,principal,S001,S006,primary,,1.0,", lines[3]);
    }

    [Fact]
    public void Written_plan_reads_back_equal()
    {
        var path = Save(Write(SamplePlan));

        var result = Csv.PlanCsv.Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal(SamplePlan.Assignments, result.Plan!.Assignments);
        Assert.Equal([2, 3, 4], result.Lines);
    }

    [Fact]
    public void Bad_rows_are_plan_format_problems_and_the_other_rows_still_read()
    {
        var text = Write(SamplePlan) + "T00004,某人,move,S001,S006,primary,MUS,1.0,2027-09-01,2030-09-01,x\n" +
                   ",某人,transfer,S001,S006,primary,MUS,1.0,2027-09-01,2030-09-01,x\n" +
                   "T00005,某人,itinerant,S001,S006,primary,MUS,三成,2027-09-01,2030-09-01,x\n" +
                   "T00006,某人,transfer,S001,S006,primary,MUS,1.0,2027-09-31,2030-09-01,x\n";

        var result = Csv.PlanCsv.Read(Save(text));

        Assert.Equal(["plan.csv:6", "plan.csv:7", "plan.csv:8", "plan.csv:9"], result.Problems.Select(p => $"{p.File}:{p.Line}"));
        Assert.Equal(3, result.Plan!.Assignments.Count);
        Assert.Equal([2, 3, 4], result.Lines);
    }

    [Fact]
    public void A_wrong_header_is_a_problem_at_line_1()
    {
        var text = Write(SamplePlan).Replace("share,start_date", "start_date,share").Replace(",1.0,2027-09-01,", ",2027-09-01,1.0,")
            .Replace(",0.3,2027-09-01,", ",2027-09-01,0.3,");

        var result = Csv.PlanCsv.Read(Save(text));

        Assert.Equal("plan.csv:1", $"{result.Problems.Single().File}:{result.Problems.Single().Line}");
        Assert.Equal(SamplePlan.Assignments, result.Plan!.Assignments);
    }

    [Fact]
    public void A_missing_column_leaves_no_plan()
    {
        var result = Csv.PlanCsv.Read(Save("teacher_id,kind\nT00001,transfer\n"));

        Assert.Null(result.Plan);
        Assert.All(result.Problems, p => Assert.Equal(1, p.Line));
    }

    [Fact]
    public void A_missing_file_is_one_problem_and_no_plan()
    {
        var result = Csv.PlanCsv.Read(_files.PlanPath);

        Assert.Null(result.Plan);
        Assert.Equal("plan.csv:1", $"{result.Problems.Single().File}:{result.Problems.Single().Line}");
    }

    public void Dispose() => _files.Dispose();

    private static Assignment Row(string teacher, AssignmentKind kind, Subject? subject, decimal share, string reason) =>
        PlanText.Row(teacher, kind, subject, share, reason);

    private static string Write(Plan plan) => PlanText.Write(plan);

    private string Save(string text) => _files.Save(text);
}
