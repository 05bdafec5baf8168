using System.Text.Json;
using Jiaoling.Rotation.App.Tests.Diagnose;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Plan;

/// <summary><c>plan --previous</c>: re-planning against an earlier plan.csv.</summary>
public sealed class ReplanVerbTests
{
    private static CliRun Plan(string data, string output, int seconds, params string[] more) =>
        CliRun.Of(["plan", "--data", data, "--out", output, "--time-limit", seconds.ToString(), "--workers", "2", "--no-pdf", .. more]);

    [Fact]
    public void A_forbid_decision_against_a_previous_row_removes_it_and_the_stability_level_bounds_the_difference()
    {
        using var temp = new TempFolder();
        // The first plan only needs a transfer row to forbid; the re-plan keeps 30 s so that every level,
        // stability included, gets its turn on a loaded machine (with 20 s, CI once left out the balance level).
        var first = Plan(RepoPaths.ContractExample, temp["first"], 10);
        Assert.True(first.Exit == 0, first.Err);
        var previous = Path.Combine(temp["first"], "plan.csv");
        var row = File.ReadLines(previous).Skip(1).Select(l => l.Split(',')).First(c => c[2] == "transfer");
        var data = temp.Copy(RepoPaths.ContractExample, "data", "decisions.csv");
        File.WriteAllText(Path.Combine(data, "decisions.csv"), $"teacher_id,decision,school_id\n{row[0]},forbid,{row[4]}\n");

        var second = Plan(data, temp["second"], 30, "--previous", previous);

        Assert.True(second.Exit == 0, second.Err);
        var before = Rows(previous);
        var after = Rows(Path.Combine(temp["second"], "plan.csv"));
        Assert.DoesNotContain(after, r => r.StartsWith($"{row[0]},{row[1]},transfer,{row[3]},{row[4]},", StringComparison.Ordinal));
        var difference = before.Except(after).Count() + after.Except(before).Count();
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp["second"], "metrics.json")));
        var levels = metrics.RootElement.GetProperty("solver").GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["shortage", "standards", "cv", "stability", "disruption", "balance"], levels.Select(l => l.GetProperty("name").GetString()));
        // The level counts the differing rows when it ends; disruption, after it, holds that count and may lower it.
        var stability = levels.Single(l => l.GetProperty("name").GetString() == "stability");
        Assert.InRange(difference, 1, stability.GetProperty("objective").GetDouble());
        var check = CliRun.Of("check", "--data", data, "--plan", Path.Combine(temp["second"], "plan.csv"));
        Assert.True(check.Exit == 0, check.Out);
    }

    [Fact]
    public void A_previous_plan_with_a_bad_row_exits_2_naming_file_and_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var previous = Path.Combine(temp["in"], "plan.csv");
        Directory.CreateDirectory(temp["in"]);
        File.WriteAllText(previous, "teacher_id,teacher_name,kind,from_school_id,to_school_id,stage,subject,share,start_date,end_date,reason\n"
            + "T00001,某某,teleport,S001,S002,primary,CHN,1.0,2027-09-01,2030-08-31,理由\n");

        var run = Plan(RepoPaths.ContractExample, temp["out"], 10, "--previous", previous);

        Assert.Equal(2, run.Exit);
        Assert.Contains("plan.csv:2", run.Err);
        Assert.Contains("teleport", run.Err);
        Assert.False(Directory.Exists(temp["out"]));
    }

    /// <summary>Rows without their reason, which a kept row may change.</summary>
    private static string[] Rows(string planCsv) =>
        File.ReadLines(planCsv).Skip(1).Select(l => string.Join(',', l.Split(',')[..10])).ToArray();
}
