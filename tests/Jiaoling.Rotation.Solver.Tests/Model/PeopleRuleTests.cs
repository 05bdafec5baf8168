using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>couples, itinerant_limits, principal_rotation and decisions: rules about particular people.</summary>
public sealed class PeopleRuleTests
{
    private static readonly DateOnly LongAgo = new(2015, 9, 1);

    // S1 can spare its music teacher; rural S2, 40 km away, lacks one (too far for itinerant teaching).
    private static Builders.CountyBuilder MusicGap() => Scenario.Quiet()
        .School("S1").School("S2", s => s.Rural().At(40))
        .Demand("S1", Subject.MUS, 0m).Demand("S2", Subject.MUS, 1m);

    [Theory]
    [InlineData(15.0, new string[0])]
    [InlineData(50.0, new[] { "A transfer S1→S2 MUS 1.0" })]
    public void Couples_keeps_spouses_within_couple_max_km(double coupleMaxKm, string[] expected)
    {
        var county = MusicGap().Policy(p => p with { CoupleMaxKm = coupleMaxKm })
            .Teacher("A", "S1", t => t.Teaching(Subject.MUS).SpouseOf("B"))
            .Teacher("B", "S1", t => t.Exempt().SpouseOf("A"));

        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(county)));
    }

    [Theory]
    [InlineData(0.5, "G1", new[] { "T1 itinerant S1→S2 MUS 0.5" })]
    [InlineData(0.3, "G1", new[] { "T1 itinerant S1→S2 MUS 0.3" })]
    [InlineData(0.5, "G2", new string[0])]
    public void Itinerant_limits_cap_the_share_and_keep_it_within_the_alliance(double maxShare, string group, string[] expected)
    {
        var county = Scenario.Quiet().Policy(p => p with { ItinerantMaxShare = (decimal)maxShare })
            .School("S1").School("S2", s => s.Rural().At(8).Group(group))
            .Demand("S1", Subject.MUS, 0m).Demand("S2", Subject.MUS, 1m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS).Newcomer());

        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(county)));
    }

    [Fact]
    public void Principal_rotation_moves_a_due_principal_and_brings_another_in()
    {
        var county = Scenario.Quiet()
            .School("S1").School("S2", s => s.At(10))
            .Teacher("P1", "S1", t => t.Principal(LongAgo))
            .Teacher("P2", "S2", t => t.Principal(new DateOnly(2024, 9, 1)));

        Assert.Equal(["P1 principal S1→S2 1.0", "P2 principal S2→S1 1.0"], Scenario.Rows(Scenario.Solve(county)));
    }

    [Fact]
    public void Principal_rotation_with_no_one_to_take_over_is_infeasible_naming_principal_rotation()
    {
        var county = Scenario.Quiet()
            .School("S1").School("S2", s => s.At(10))
            .Teacher("P1", "S1", t => t.Principal(LongAgo));

        Scenario.AssertInfeasibleNaming(Scenario.Solve(county), RuleIds.PrincipalRotation);
    }

    [Theory]
    [InlineData(DecisionKind.Forbid, "S2", new[] { "T1 transfer S1→S3 MUS 1.0" })]
    [InlineData(DecisionKind.Require, "S3", new[] { "T1 transfer S1→S3 MUS 1.0" })]
    [InlineData(DecisionKind.Stay, null, new string[0])]
    public void Decisions_override_the_planners_preference_for_the_rural_gap(DecisionKind kind, string? school, string[] expected)
    {
        var county = MusicGap().School("S3", s => s.At(-40)).Demand("S3", Subject.MUS, 1m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS))
            .Decide("T1", kind, school);

        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(county)));
    }

    [Fact]
    public void Decisions_without_a_decision_the_teacher_fills_the_rural_gap()
    {
        var county = MusicGap().School("S3", s => s.At(-40)).Demand("S3", Subject.MUS, 1m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS));

        Assert.Equal(["T1 transfer S1→S2 MUS 1.0"], Scenario.Rows(Scenario.Solve(county)));
    }

    [Fact]
    public void A_require_for_a_teacher_the_school_cannot_spare_is_infeasible_naming_decisions_and_no_new_shortage()
    {
        var county = MusicGap().Demand("S1", Subject.MUS, 1m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS))
            .Decide("T1", DecisionKind.Require, "S2");

        Scenario.AssertInfeasibleNaming(Scenario.Solve(county), RuleIds.Decisions, RuleIds.NoNewShortage);
    }
}
