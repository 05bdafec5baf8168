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

    private static JsonElement Metrics(Plan plan)
    {
        var county = County.Create(DatasetReader.Read(RepoPaths.ContractExample).Dataset!);
        var json = MetricsJson.ToJson(Solver, CountyMetrics.Measure(county, Plan.Empty), CountyMetrics.Measure(county, plan));
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public void Every_contract_key_is_present()
    {
        var json = Metrics(Plan.Empty);

        string[] top = ["solver", "rotation", "shortage_fte", "indicators"];
        Assert.Equal(top, json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["status", "seconds", "gap", "levels"], json.GetProperty("solver").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "status", "objective", "bound", "gap", "seconds"],
            json.GetProperty("solver").GetProperty("levels")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["eligible", "rotated", "ratio", "backbone_rotated", "backbone_share", "principals_moved", "itinerant_teachers"],
            json.GetProperty("rotation").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["before", "after"], json.GetProperty("shortage_fte").EnumerateObject().Select(p => p.Name));
        foreach (var stage in json.GetProperty("indicators").EnumerateObject())
        {
            Assert.Equal(["qualified_per_100", "backbone_per_100", "pe_art_per_100"], stage.Value.EnumerateObject().Select(p => p.Name));
            Assert.All(stage.Value.EnumerateObject(), i =>
                Assert.Equal(["before", "after"], i.Value.EnumerateObject().Select(p => p.Name)));
        }
    }

    [Fact]
    public void Backbone_share_is_null_when_nobody_rotates()
    {
        var rotation = Metrics(Plan.Empty).GetProperty("rotation");

        Assert.Equal(JsonValueKind.Null, rotation.GetProperty("backbone_share").ValueKind);
        Assert.Equal(0, rotation.GetProperty("ratio").GetDouble());
        Assert.Equal("optimal", Metrics(Plan.Empty).GetProperty("solver").GetProperty("status").GetString());
    }
}
