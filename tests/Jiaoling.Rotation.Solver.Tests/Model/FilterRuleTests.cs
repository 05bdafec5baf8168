using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>eligibility, stage_match, subject_match and max_transfer_km: moves they rule out are never offered.</summary>
public sealed class FilterRuleTests
{
    // S1 can spare its music teacher; rural S2, 30 km away (too far to teach itinerant), lacks one.
    private static Builders.CountyBuilder MusicGap() => Scenario.Quiet()
        .School("S1").School("S2", s => s.Rural().At(30))
        .Demand("S1", Subject.MUS, 0m).Demand("S2", Subject.MUS, 1m);

    [Theory]
    [InlineData(Willingness.Unknown, new string[0])]
    [InlineData(Willingness.Yes, new[] { "T1 transfer S1→S2 MUS 1.0" })]
    public void Eligibility_lets_a_newcomer_transfer_only_as_a_volunteer(Willingness willing, string[] expected)
    {
        var county = MusicGap().Teacher("T1", "S1", t => t.Teaching(Subject.MUS).Newcomer().Willing(willing));

        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(county)));
    }

    [Theory]
    [InlineData(Stage.Primary, new string[0])]
    [InlineData(Stage.Junior, new[] { "T1 transfer S1→S2 MUS 1.0" })]
    public void Stage_match_sends_a_teacher_only_to_a_school_with_the_teachers_stage(Stage stage, string[] expected)
    {
        var county = Scenario.Quiet()
            .School("S1", s => s.NineYear()).School("S2", s => s.Junior().At(30))
            .Demand("S1", Subject.MUS, 0m, stage).Demand("S2", Subject.MUS, 1m, Stage.Junior)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS).With(x => x with { Stage = stage }));

        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(county)));
    }

    [Fact]
    public void Subject_match_fills_a_gap_only_with_a_teacher_qualified_for_the_subject()
    {
        var county = MusicGap().Demand("S1", Subject.CHN, 0m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.CHN))
            .Teacher("T2", "S1", t => t.Teaching(Subject.CHN, Subject.MUS));

        Assert.Equal(["T2 transfer S1→S2 MUS 1.0"], Scenario.Rows(Scenario.Solve(county)));
    }

    [Theory]
    [InlineData(70.0, new string[0])]
    [InlineData(50.0, new[] { "T1 transfer S1→S2 MUS 1.0" })]
    public void Max_transfer_km_keeps_transfers_within_the_limit(double roadKm, string[] expected)
    {
        var county = MusicGap().Road("S1", "S2", roadKm).Teacher("T1", "S1", t => t.Teaching(Subject.MUS));

        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(county)));
    }

    [Fact]
    public void A_require_beyond_max_transfer_km_is_infeasible_naming_decisions_and_max_transfer_km()
    {
        var county = MusicGap().Road("S1", "S2", 75).Teacher("T1", "S1", t => t.Teaching(Subject.MUS))
            .Decide("T1", DecisionKind.Require, "S2");

        Scenario.AssertInfeasibleNaming(Scenario.Solve(county), RuleIds.Decisions, RuleIds.MaxTransferKm);
    }
}
