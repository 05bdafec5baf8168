using System.Text.Json;
using Jiaoling.Rotation.App.Tests.Diagnose;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Plan;

public sealed class PlanVerbTests
{
    // A valid plan is all most of these tests need: the contract example gets all its levels in about 5 s,
    // and a run the clock cuts short still returns the greedy plan, which holds every rule.
    private static CliRun Plan(string data, string output, int seconds = 10) =>
        CliRun.Of("plan", "--data", data, "--out", output, "--time-limit", seconds.ToString(), "--workers", "2", "--no-pdf");

    [Fact]
    public void Contract_example_plans_and_the_written_plan_passes_check()
    {
        using var temp = new TempFolder();
        var run = Plan(RepoPaths.ContractExample, temp["out"]);

        Assert.True(run.Exit == 0, run.Err);
        foreach (var file in new[] { "plan.csv", "metrics.json", "report.html", "public-list.html", "plan.xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(temp["out"], file)), file);
        }
        var check = CliRun.Of("check", "--data", RepoPaths.ContractExample, "--plan", Path.Combine(temp["out"], "plan.csv"));
        Assert.True(check.Exit == 0, check.Out);
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp["out"], "metrics.json")));
        var rotation = metrics.RootElement.GetProperty("rotation");
        Assert.True(rotation.GetProperty("ratio").GetDouble() >= 0.10);
        Assert.True(rotation.GetProperty("backbone_share").GetDouble() >= 0.20);
        Assert.Contains(metrics.RootElement.GetProperty("solver").GetProperty("status").GetString(), new[] { "optimal", "feasible" });
    }

    [Fact]
    public void Plan_without_demand_file_writes_the_derived_demand_it_used()
    {
        using var temp = new TempFolder();
        var data = temp.Copy(RepoPaths.ContractExample, "data", "demand.csv");

        var run = Plan(data, temp["out"]);

        Assert.True(run.Exit == 0, run.Err);
        var demand = File.ReadAllLines(Path.Combine(temp["out"], "demand.csv"));
        Assert.Equal("school_id,stage,subject,required_fte", demand[0]);
        Assert.Contains(demand, line => line.StartsWith("S001,primary,CHN,", StringComparison.Ordinal));
    }

    [Fact]
    public void Exchange_ratio_of_ninety_percent_exits_3_naming_the_rules_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var data = temp.Copy(RepoPaths.ContractExample, "data", "policy.json");
        File.WriteAllText(Path.Combine(data, "policy.json"), """{ "plan_start_date": "2027-09-01", "min_exchange_ratio": 0.9 }""");

        var run = Plan(data, temp["out"]);

        Assert.Equal(3, run.Exit);
        Assert.Contains("min_exchange_ratio", run.Err);
        Assert.Contains("outflow_cap", run.Err);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Require_decision_that_breaks_a_rule_exits_3_naming_decisions_and_that_rule()
    {
        using var temp = new TempFolder();
        var data = temp.Copy(RepoPaths.ContractExample, "data");
        File.WriteAllText(Path.Combine(data, "decisions.csv"), "teacher_id,decision,school_id\nT00004,require,S002\n");

        var run = Plan(data, temp["out"]);

        Assert.Equal(3, run.Exit);
        Assert.Contains("decisions", run.Err);
        Assert.Contains("stage_match", run.Err);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Sample_county_plans_end_to_end_with_less_shortage_and_more_balance()
    {
        using var temp = new TempFolder();
        // The setting: 60 s on 2 cores; with less the balance level may not get its turn.
        var run = Plan(RepoPaths.SampleCounty, temp["out"], seconds: 60);

        Assert.True(run.Exit == 0, run.Err);
        var check = CliRun.Of("check", "--data", RepoPaths.SampleCounty, "--plan", Path.Combine(temp["out"], "plan.csv"));
        Assert.True(check.Exit == 0, check.Out);
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp["out"], "metrics.json")));
        var shortage = metrics.RootElement.GetProperty("shortage_fte");
        Assert.True(shortage.GetProperty("after").GetDouble() < shortage.GetProperty("before").GetDouble());
        var (after, before) = (CvSum(metrics.RootElement, "after"), CvSum(metrics.RootElement, "before"));
        Assert.True(after < before, $"sum of the six CVs after {after:0.###} is not below before {before:0.###}");
    }

    private static double CvSum(JsonElement metrics, string when) =>
        metrics.GetProperty("indicators").EnumerateObject()
            .SelectMany(stage => stage.Value.EnumerateObject())
            .Sum(indicator => indicator.Value.GetProperty(when).GetProperty("cv").GetDouble());

    [Fact]
    public void Invalid_input_exits_2_with_file_and_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var data = temp.Copy(RepoPaths.ContractExample, "data", "policy.json");
        File.WriteAllText(Path.Combine(data, "policy.json"), """{ "term_years": "three" }""");

        var run = Plan(data, temp["out"]);

        Assert.Equal(2, run.Exit);
        Assert.Contains("policy.json:1:", run.Err);
        Assert.False(Directory.Exists(temp["out"]));
    }
}
