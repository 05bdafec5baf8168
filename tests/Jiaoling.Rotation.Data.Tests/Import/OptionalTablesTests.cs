using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>demand.csv, distances.csv and decisions.csv are optional; given, they read into the dataset.</summary>
public sealed class OptionalTablesTests
{
    [Fact]
    public void Without_optional_files_demand_is_null_and_the_rest_empty()
    {
        using var dataset = TempDataset.Valid();

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Null(result.Dataset!.Demand);
        Assert.Empty(result.Dataset.Distances);
        Assert.Empty(result.Dataset.Decisions);
        Assert.Equal(new Policy().PlanStartDate, result.Dataset.Policy.PlanStartDate);
    }

    [Fact]
    public void Optional_tables_read_into_the_dataset()
    {
        using var dataset = TempDataset.Valid()
            .With("demand.csv", "学校代码,学段,学科,需求人数\nS1,小学,音乐,1.5\nS3,junior,PE,0")
            .With("distances.csv", "from_school_id,to_school_id,km\nS1,S3,12.5")
            .With("decisions.csv", "工号,复核决定,学校代码\nT1,不得,S3\nT1,forbid,S2\nT2,留任,\nT3,require,S3");

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var d = result.Dataset!;
        Assert.Equal(
        [
            new DemandEntry(new DemandKey(new SchoolId("S1"), Stage.Primary, Subject.MUS), 1.5m),
            new DemandEntry(new DemandKey(new SchoolId("S3"), Stage.Junior, Subject.PE), 0m),
        ], d.Demand!);
        Assert.Equal([new DistanceOverride(new SchoolId("S1"), new SchoolId("S3"), 12.5)], d.Distances);
        Assert.Equal(
        [
            new Decision(new TeacherId("T1"), DecisionKind.Forbid, new SchoolId("S3")),
            new Decision(new TeacherId("T1"), DecisionKind.Forbid, new SchoolId("S2")),
            new Decision(new TeacherId("T2"), DecisionKind.Stay, null),
            new Decision(new TeacherId("T3"), DecisionKind.Require, new SchoolId("S3")),
        ], d.Decisions);
    }

    [Fact]
    public void Teacher_defaults_apply_to_absent_optional_columns()
    {
        using var dataset = TempDataset.Valid();

        var teacher = dataset.Read().Dataset!.Teachers[0];

        Assert.Equal((StaffType.Regular, Exemption.None, Willingness.Unknown, false, (GeoPoint?)null, (string?)null),
            (teacher.StaffType, teacher.Exemption, teacher.Willing, teacher.NeedsRuralService, teacher.Home, teacher.IdNumber));
        Assert.Equal(new TeacherId("T2"), teacher.SpouseId);
    }
}
