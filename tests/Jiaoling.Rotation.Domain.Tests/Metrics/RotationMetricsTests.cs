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

        Assert.Equal(new RotationMetrics(2, 2, 1.0, 1, 0.5, 1, 1), rotation);
    }

    [Fact]
    public void County_scope_counts_every_transfer_and_every_eligible_teacher()
    {
        var rotation = RotationMetrics.Measure(Urban_and_rural(ExchangeScope.County), Tiny);

        Assert.Equal(new RotationMetrics(3, 3, 1.0, 1, 1.0 / 3, 1, 1), rotation);
    }

    [Fact]
    public void Empty_plan_has_null_backbone_share_and_zero_ratio()
    {
        var rotation = RotationMetrics.Measure(Urban_and_rural(ExchangeScope.County), Plan.Empty);

        Assert.Equal(new RotationMetrics(3, 0, 0.0, 0, null, 0, 0), rotation);
    }

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
