using System.Text.Json;
using System.Text.RegularExpressions;
using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Diagnose;

public sealed class DiagnoseVerbTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static JsonElement Json(string file) => JsonDocument.Parse(File.ReadAllText(file)).RootElement;

    [Fact]
    public void Contract_example_diagnoses_with_every_before_key()
    {
        var run = DiagnoseRun.Of(RepoPaths.ContractExample, _temp["out"]);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var json = Json(Path.Combine(_temp["out"], "diagnosis.json"));
        Assert.True(json.GetProperty("rotation").GetProperty("eligible").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Number, json.GetProperty("shortage_fte").GetProperty("before").ValueKind);
        foreach (var stage in new[] { "primary", "junior" })
        {
            foreach (var name in new[] { "qualified_per_100", "backbone_per_100", "pe_art_per_100" })
            {
                var before = json.GetProperty("indicators").GetProperty(stage).GetProperty(name).GetProperty("before");
                Assert.Equal(JsonValueKind.Number, before.GetProperty("county").ValueKind);
                Assert.True(before.TryGetProperty("cv", out _));
                var standard = json.GetProperty("standards").GetProperty(stage).GetProperty(name);
                Assert.Equal(["minimum", "schools", "meeting_before", "shortfall_before"], standard.EnumerateObject().Select(p => p.Name));
            }
            Assert.Equal(["before"], json.GetProperty("standards").GetProperty(stage).GetProperty("all_three").EnumerateObject().Select(p => p.Name));
        }
        Assert.False(File.Exists(Path.Combine(_temp["out"], "demand.csv")));
        Assert.Contains("符合交流条件", run.Stdout);
    }

    [Fact]
    public void Diagnosis_lists_schools_unmet_demand_reasons_and_cv_checks()
    {
        DiagnoseRun.Of(RepoPaths.ContractExample, _temp["out"]);

        var json = Json(Path.Combine(_temp["out"], "diagnosis.json"));
        Assert.Equal(6, json.GetProperty("cv_checks").GetArrayLength());
        Assert.Equal(8, json.GetProperty("eligibility").GetProperty("by_reason").GetArrayLength());
        Assert.True(json.GetProperty("schools").GetArrayLength() >= 10);
        Assert.All(json.GetProperty("unmet_demand").EnumerateArray(),
            u => Assert.True(u.GetProperty("unmet_fte").GetDecimal() > 0));
        Assert.Equal(JsonValueKind.Array, json.GetProperty("oversize_classes").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("oversize_schools").ValueKind);
    }

    [Fact]
    public void Derived_demand_is_written_beside_the_diagnosis()
    {
        var data = _temp.Copy(RepoPaths.ContractExample, "data", "demand.csv");

        var run = DiagnoseRun.Of(data, _temp["out"]);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(_temp["out"], "demand.csv"));
        Assert.Equal(DemandCsv.Header, lines[0]);
        Assert.True(lines.Length > 10);
        // Complete: every school × stage × subject with teachers has a row, rows of 0 included.
        var keys = lines.Skip(1).Select(l => string.Join(",", l.Split(',').Take(3))).ToHashSet();
        var teachers = File.ReadAllLines(Path.Combine(data, "teachers.csv"));
        var header = teachers[0].Split(',').ToList();
        int school = header.IndexOf("school_id"), stage = header.IndexOf("stage"), subject = header.IndexOf("subject");
        Assert.All(teachers.Skip(1).Select(l => l.Split(',')), t => Assert.Contains($"{t[school]},{t[stage]},{t[subject]}", keys));
        Assert.True(Json(Path.Combine(_temp["out"], "diagnosis.json")).GetProperty("demand_derived").GetBoolean());
    }

    [Fact]
    public void Invalid_data_exits_2_reports_every_problem_and_creates_no_folder()
    {
        var data = _temp.Copy(RepoPaths.ContractExample, "data");
        var teachers = File.ReadAllLines(Path.Combine(data, "teachers.csv"));
        teachers[2] = teachers[2].Replace(",primary,", ",kindergarten,");
        teachers[3] = teachers[3].Replace(",S001,", ",S999,");
        File.WriteAllLines(Path.Combine(data, "teachers.csv"), teachers);

        var run = DiagnoseRun.Of(data, _temp["out"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.False(Directory.Exists(_temp["out"]));
        Assert.Equal(["data"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
        Assert.Matches(new Regex("^teachers.csv:3: ", RegexOptions.Multiline), run.Stderr);
        Assert.Matches(new Regex("^teachers.csv:4: ", RegexOptions.Multiline), run.Stderr);
        Assert.All(run.Stderr.TrimEnd().Split('\n'), line => Assert.Matches(@"^[^:]+:\d+: ", line));
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Invalid_data_leaves_an_existing_output_folder_unchanged()
    {
        Directory.CreateDirectory(_temp["out"]);
        File.WriteAllText(Path.Combine(_temp["out"], "diagnosis.json"), "old");
        var data = _temp.Copy(RepoPaths.ContractExample, "data", "schools.csv");

        var run = DiagnoseRun.Of(data, _temp["out"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal("old", File.ReadAllText(Path.Combine(_temp["out"], "diagnosis.json")));
        Assert.Single(Directory.EnumerateFileSystemEntries(_temp["out"]));
    }

    [Fact]
    public void Sample_county_reads_without_errors_or_warnings()
    {
        var run = DiagnoseRun.Of(RepoPaths.SampleCounty, _temp["out"]);

        Assert.Equal("", run.Stderr);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
    }

    [Fact]
    public async Task Command_line_invocation_writes_the_diagnosis()
    {
        var diagnose = Verbs.All().Single(c => c.Name == "diagnose");

        var code = await diagnose.Parse(["--data", RepoPaths.ContractExample, "--out", _temp["out"]]).InvokeAsync();

        Assert.Equal(ExitCodes.Ok, code);
        Assert.True(File.Exists(Path.Combine(_temp["out"], "diagnosis.json")));
    }

    [Fact]
    public void Missing_data_folder_exits_2()
    {
        var run = DiagnoseRun.Of(_temp["nowhere"], _temp["out"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.False(Directory.Exists(_temp["out"]));
        Assert.NotEqual("", run.Stderr);
    }

    [Fact]
    public void Diagnose_verb_is_registered_and_requires_data_and_out()
    {
        var diagnose = Verbs.All().Single(c => c.Name == "diagnose");

        Assert.Empty(diagnose.Parse(["--data", "d", "--out", "o"]).Errors);
        Assert.NotEmpty(diagnose.Parse(["--out", "o"]).Errors);
    }
}
