using System.Text.Json;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Data.Output;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Diagnose;

public class MetricsJsonTests
{
    private static readonly SolverSummary Solver = new(SolverSummary.Optimal, 1.5, 0.0,
        [new SolverLevel("shortage", SolverSummary.Optimal, 120, 120, 0, 1.2)]);

    private static JsonElement Metrics(Domain.Plan plan)
    {
        var county = County.Create(DatasetReader.Read(RepoPaths.ContractExample).Dataset!);
        var json = MetricsJson.ToJson(Solver, CountyMetrics.Measure(county, Domain.Plan.Empty), CountyMetrics.Measure(county, plan));
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public void Every_contract_key_is_present()
    {
        var json = Metrics(Domain.Plan.Empty);

        string[] top = ["solver", "rotation", "shortage_fte", "standards", "indicators"];
        Assert.Equal(top, json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["status", "seconds", "gap", "levels"], json.GetProperty("solver").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "status", "objective", "bound", "gap", "seconds", "summary"],
            json.GetProperty("solver").GetProperty("levels")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["eligible", "rotated", "ratio", "backbone_rotated", "backbone_share", "principals_moved", "principals_due",
                "itinerant_teachers", "unwilling_moved", "returns", "rotated_before", "directions", "toward_rural_weak_share", "sideways_share"],
            json.GetProperty("rotation").EnumerateObject().Select(p => p.Name));
        foreach (var from in json.GetProperty("rotation").GetProperty("directions").EnumerateObject())
        {
            Assert.Equal(["urban", "town", "rural", "weak"], from.Value.EnumerateObject().Select(p => p.Name));
        }
        foreach (var stage in json.GetProperty("standards").EnumerateObject())
        {
            Assert.Equal(["qualified_per_100", "backbone_per_100", "pe_art_per_100", "all_three"], stage.Value.EnumerateObject().Select(p => p.Name));
            Assert.Equal(["minimum", "schools", "meeting_before", "meeting_after", "shortfall_before", "shortfall_after"],
                stage.Value.GetProperty("backbone_per_100").EnumerateObject().Select(p => p.Name));
            Assert.Equal(["before", "after"], stage.Value.GetProperty("all_three").EnumerateObject().Select(p => p.Name));
        }
        Assert.Equal(["before", "after"], json.GetProperty("shortage_fte").EnumerateObject().Select(p => p.Name));
        foreach (var stage in json.GetProperty("indicators").EnumerateObject())
        {
            Assert.Equal(["qualified_per_100", "backbone_per_100", "pe_art_per_100"], stage.Value.EnumerateObject().Select(p => p.Name));
            Assert.All(stage.Value.EnumerateObject(), i =>
                Assert.Equal(["before", "after"], i.Value.EnumerateObject().Select(p => p.Name)));
        }
    }

    [Fact]
    public void Standards_follow_the_contract_example_by_hand_and_an_empty_plan_changes_nothing()
    {
        var county = County.Create(DatasetReader.Read(RepoPaths.ContractExample).Dataset!);
        var primary = Metrics(Domain.Plan.Empty).GetProperty("standards").GetProperty("primary").GetProperty("backbone_per_100");
        var rows = CountyMetrics.Measure(county, Domain.Plan.Empty).Indicators[Stage.Primary].Schools;

        Assert.Equal(1.0, primary.GetProperty("minimum").GetDouble());
        Assert.Equal(rows.Count, primary.GetProperty("schools").GetInt32());
        Assert.Equal(rows.Count(r => r.Backbone * 100.0 / r.Students >= 1.0 - 1e-9), primary.GetProperty("meeting_before").GetInt32());
        Assert.Equal(primary.GetProperty("meeting_before").GetInt32(), primary.GetProperty("meeting_after").GetInt32());
        Assert.Equal((double)rows.Sum(r => Math.Max(0m, r.Students / 100m - r.Backbone)), primary.GetProperty("shortfall_before").GetDouble(), 9);
    }

    [Fact]
    public void Backbone_share_is_null_when_nobody_rotates()
    {
        var rotation = Metrics(Domain.Plan.Empty).GetProperty("rotation");

        Assert.Equal(JsonValueKind.Null, rotation.GetProperty("backbone_share").ValueKind);
        Assert.Equal(0, rotation.GetProperty("ratio").GetDouble());
        Assert.Equal("optimal", Metrics(Domain.Plan.Empty).GetProperty("solver").GetProperty("status").GetString());
    }
}
