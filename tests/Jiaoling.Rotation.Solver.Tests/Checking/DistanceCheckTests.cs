using Jiaoling.Rotation.Solver.Checking;
using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class DistanceCheckTests
{
    [Fact]
    public void Transfer_beyond_the_limit_breaks_max_transfer_km()
    {
        var c = Builder().Teacher("T5", "A").Build();
        Assert.Equal(["max_transfer_km"], RuleIdsOf(c, Plan([.. Valid(c), Transfer(c, "T5", "F")])));
    }

    [Fact]
    public void Road_distance_overrides_the_straight_line()
    {
        var c = Builder().Teacher("T5", "A").Road("A", "C", 61).Build();
        Assert.Equal(["max_transfer_km"], RuleIdsOf(c, Plan([.. Valid(c), Transfer(c, "T5", "C")])));
    }

    [Fact]
    public void Moving_a_spouse_far_from_the_other_breaks_couples()
    {
        var c = County();
        var v = Assert.Single(PlanChecker.Check(c, Plan([.. Valid(c), Transfer(c, "T1", "C")])));
        Assert.Equal("couples", v.RuleId);
        Assert.Contains("夫妻 T1", v.Message);
    }

    [Fact]
    public void Spouses_may_stay_as_far_apart_as_before()
    {
        var c = Builder().Policy(p => p with { CoupleMaxKm = 5 }).Build();
        Assert.Empty(RuleIdsOf(c, Plan(Valid(c))));
    }

    [Theory]
    [InlineData("B", 0.6)]
    [InlineData("C", 0.2)]
    [InlineData("D", 0.2)]
    public void Itinerant_share_too_large_too_far_or_outside_the_alliance_breaks_itinerant_limits(string to, double share)
    {
        var c = County();
        Assert.Equal(["itinerant_limits"], RuleIdsOf(c, Plan([.. Valid(c), Itinerant(c, "T1", to, (decimal)share)])));
    }

    [Fact]
    public void Itinerant_teacher_at_more_schools_than_allowed_breaks_itinerant_limits()
    {
        var c = Builder().School("E", s => s.At(12)).Policy(p => p with { ItinerantMaxSchools = 1 }).Build();
        var plan = Plan([.. Valid(c), Itinerant(c, "T1", "B", 0.1m), Itinerant(c, "T1", "E", 0.1m)]);
        Assert.Equal(["itinerant_limits"], RuleIdsOf(c, plan));
    }
}
