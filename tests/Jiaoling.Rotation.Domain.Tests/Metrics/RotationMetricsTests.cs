using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Domain.Tests.Builders;

namespace Jiaoling.Rotation.Domain.Tests.Metrics;

public class RotationMetricsTests
{
    private static readonly Teacher Backbone = Make.Teacher("u1", "U", backbone: BackboneLevel.County);
    private static readonly Teacher Plain = Make.Teacher("u2", "U");
    private static readonly Teacher Volunteer = Make.Teacher("u3", "U", yearsAtSchool: 2) with { Willing = Willingness.Yes };
    private static readonly Teacher Rural = Make.Teacher("r1", "R") with { Willing = Willingness.Yes };
    private static readonly Teacher Head = Make.Principal("p1", "U");

    private static County Urban_and_rural(ExchangeScope scope) => Make.County(
        [Make.School("U", Area.Urban, primary: 800), Make.School("R", Area.Rural, primary: 100), Make.School("V", Area.Rural, primary: 60)],
        [Backbone, Plain, Volunteer, Rural, Head],
        new Policy { ExchangeScope = scope });

    private static readonly Plan Tiny = new(
    [
        Make.Row(Backbone, AssignmentKind.Transfer, "R", Subject.CHN),
        Make.Row(Volunteer, AssignmentKind.Transfer, "R", Subject.CHN),
        Make.Row(Rural, AssignmentKind.Transfer, "U", Subject.CHN),
        Make.Row(Plain, AssignmentKind.Itinerant, "R", Subject.CHN, 0.2m),
        Make.Row(Plain, AssignmentKind.Itinerant, "V", Subject.CHN, 0.2m),
        Make.Row(Head, AssignmentKind.Principal, "R", null),
    ]);

    [Fact]
    public void Urban_town_scope_counts_only_transfers_from_urban_and_town_schools()
    {
        var rotation = RotationMetrics.Measure(Urban_and_rural(ExchangeScope.UrbanTown), Tiny);

        Assert.Equal((2, 2, 1.0, 1, 0.5, 1, 1), Counts(rotation));
    }

    [Fact]
    public void County_scope_counts_every_transfer_and_every_eligible_teacher()
    {
        var rotation = RotationMetrics.Measure(Urban_and_rural(ExchangeScope.County), Tiny);

        Assert.Equal((3, 3, 1.0, 1, 1.0 / 3, 1, 1), Counts(rotation));
    }

    [Fact]
    public void Empty_plan_has_null_backbone_share_and_zero_ratio()
    {
        var rotation = RotationMetrics.Measure(Urban_and_rural(ExchangeScope.County), Plan.Empty);

        Assert.Equal((3, 0, 0.0, 0, null, 0, 0), Counts(rotation));
        Assert.Equal(0, rotation.Directions.Total);
        Assert.Null(rotation.Directions.TowardShare);
    }

    [Fact]
    public void Directions_count_the_rotated_teachers_by_sending_and_receiving_place()
    {
        var rotation = RotationMetrics.Measure(Urban_and_rural(ExchangeScope.County), Tiny);

        Assert.Equal(2, rotation.Directions[Place.Urban, Place.Rural]);
        Assert.Equal(1, rotation.Directions[Place.Rural, Place.Urban]);
        Assert.Equal(3, rotation.Directions.Total);
        Assert.Equal(2.0 / 3, rotation.Directions.TowardShare);
        Assert.Equal(0.0, rotation.Directions.SidewaysShare);
    }

    [Fact]
    public void Urban_town_scope_leaves_the_rural_teachers_transfer_out_of_the_directions()
    {
        var rotation = RotationMetrics.Measure(Urban_and_rural(ExchangeScope.UrbanTown), Tiny);

        Assert.Equal(0, rotation.Directions[Place.Rural, Place.Urban]);
        Assert.Equal(1.0, rotation.Directions.TowardShare);
    }

    [Fact]
    public void A_weak_school_counts_apart_from_its_area_and_same_area_moves_are_sideways()
    {
        var urban = Make.School("U", Area.Urban, primary: 800);
        var weak = Make.School("W", Area.Urban, primary: 300) with { Weak = true };
        var other = Make.School("O", Area.Urban, primary: 500);

        Assert.Equal(Place.Weak, Directions.Of(weak));
        Assert.True(Directions.IsToward(urban, weak));
        Assert.True(Directions.IsSideways(urban, other));
        Assert.False(Directions.IsSideways(weak, weak));
    }

    [Fact]
    public void Unwilling_teachers_are_counted_once_whatever_their_rows()
    {
        var unwilling = Plain with { Willing = Willingness.No };
        var county = Make.County([Make.School("U", Area.Urban, primary: 800), Make.School("R", Area.Rural, primary: 100)], [unwilling]);
        var plan = new Plan(
        [
            Make.Row(unwilling, AssignmentKind.Itinerant, "R", Subject.CHN, 0.2m),
            Make.Row(unwilling, AssignmentKind.Itinerant, "U", Subject.CHN, 0.2m),
        ]);

        Assert.Equal(1, RotationMetrics.Measure(county, plan).UnwillingMoved);
    }

    private static (int, int, double?, int, double?, int, int) Counts(RotationMetrics r) =>
        (r.Eligible, r.Rotated, r.Ratio, r.BackboneRotated, r.BackboneShare, r.PrincipalsMoved, r.ItinerantTeachers);

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(10, 1, 1)]
    [InlineData(11, 2, 1)]
    [InlineData(100, 10, 2)]
    [InlineData(101, 11, 3)]
    public void Targets_round_up_heads(int eligible, int rotated, int backbone)
    {
        Assert.Equal((rotated, backbone), RotationMetrics.Targets(eligible, new Policy()));
    }
}
