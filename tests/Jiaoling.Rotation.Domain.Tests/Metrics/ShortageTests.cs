using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Domain.Tests.Builders;

namespace Jiaoling.Rotation.Domain.Tests.Metrics;

public class ShortageTests
{
    private static readonly Teacher Pe = Make.Teacher("u1", "U", subject: Subject.PE);
    private static readonly Teacher Chinese = Make.Teacher("u2", "U");

    private static County Demanding() => Make.County(
        [Make.School("U", Area.Urban, primary: 800), Make.School("R", Area.Rural, primary: 100)],
        [Pe, Chinese, Make.Teacher("r1", "R")],
        demand:
        [
            new DemandEntry(new DemandKey(new SchoolId("R"), Stage.Primary, Subject.PE), 1.0m),
            new DemandEntry(new DemandKey(new SchoolId("R"), Stage.Primary, Subject.MUS), 0.5m),
            new DemandEntry(new DemandKey(new SchoolId("R"), Stage.Primary, Subject.CHN), 2.0m),
        ]);

    [Fact]
    public void Shortage_fte_sums_unmet_shortage_subjects_only()
    {
        var before = CountyMetrics.Measure(Demanding(), Plan.Empty);

        Assert.Equal(1.5m, before.ShortageFte);
        Assert.Equal(1.0m, before.ShortageFteBySubject[Subject.PE]);
        Assert.Equal(1.0m, before.Unmet[new DemandKey(new SchoolId("R"), Stage.Primary, Subject.CHN)]);
    }

    [Fact]
    public void Keys_with_teachers_but_no_demand_row_demand_their_supply()
    {
        var plan = new Plan([Make.Row(Pe, AssignmentKind.Transfer, "R", Subject.PE)]);

        var after = CountyMetrics.Measure(Demanding(), plan);

        Assert.Equal(1.5m, after.ShortageFte);
        Assert.Equal(0m, after.Unmet[new DemandKey(new SchoolId("R"), Stage.Primary, Subject.PE)]);
        Assert.Equal(1.0m, after.Unmet[new DemandKey(new SchoolId("U"), Stage.Primary, Subject.PE)]);
    }

    [Fact]
    public void Itinerant_share_meets_part_of_the_demand_and_leaves_the_rest_at_home()
    {
        var plan = new Plan([Make.Row(Pe, AssignmentKind.Itinerant, "R", Subject.PE, 0.4m)]);

        var after = CountyMetrics.Measure(Demanding(), plan);

        Assert.Equal(0.6m, after.Unmet[new DemandKey(new SchoolId("R"), Stage.Primary, Subject.PE)]);
        Assert.Equal(0.6m, after.Supply[new DemandKey(new SchoolId("U"), Stage.Primary, Subject.PE)]);
    }

    [Fact]
    public void Surplus_added_counts_what_a_key_receives_beyond_its_demand_and_its_supply_before()
    {
        // R lacks one PE post; U's two PE teachers (its demand, with no row, is its supply of 2) both go there:
        // R ends with 2 for a demand of 1 (1.0 beyond), U with none (nothing added). A 0.4 share of music to
        // R's half post adds nothing beyond.
        var second = Make.Teacher("u3", "U", subject: Subject.PE);
        var county = Make.County(
            [Make.School("U", Area.Urban, primary: 800), Make.School("R", Area.Rural, primary: 100)],
            [Pe, second, Make.Teacher("u4", "U", subject: Subject.MUS), Make.Teacher("r1", "R")],
            demand:
            [
                new DemandEntry(new DemandKey(new SchoolId("R"), Stage.Primary, Subject.PE), 1.0m),
                new DemandEntry(new DemandKey(new SchoolId("R"), Stage.Primary, Subject.MUS), 0.5m),
            ]);
        var plan = new Plan(
        [
            Make.Row(Pe, AssignmentKind.Transfer, "R", Subject.PE),
            Make.Row(second, AssignmentKind.Transfer, "R", Subject.PE),
            Make.Row(county.Teachers[new TeacherId("u4")], AssignmentKind.Itinerant, "R", Subject.MUS, 0.4m),
        ]);

        Assert.Equal(1.0m, CountyMetrics.Measure(county, plan).SurplusAddedFte);
        Assert.Equal(0m, CountyMetrics.Measure(county, Plan.Empty).SurplusAddedFte);
    }
}
