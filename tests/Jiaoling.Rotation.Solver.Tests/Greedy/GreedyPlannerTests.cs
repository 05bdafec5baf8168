using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Greedy;
using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Solver.Tests.Greedy;

public sealed class GreedyPlannerTests
{
    private static CountyBuilder TwoSchools() => new CountyBuilder()
        .School("U", s => s.At(0))
        .School("R", s => s.At(8).Rural())
        .School("FAR", s => s.At(40).Rural());

    private static string Rows(GreedyResult r) => string.Join(" ", r.Plan.Assignments
        .Select(a => $"{a.TeacherId}:{Codes.Kind.Code(a.Kind)}:{a.To}:{a.Subject}:{a.Share:0.0}"));

    [Fact]
    public void Music_shortage_is_filled_by_the_nearest_teacher_with_music_to_spare()
    {
        var county = TwoSchools()
            .Teacher("M1", "U", t => t.Teaching(Subject.MUS))
            .Teacher("M2", "U", t => t.Teaching(Subject.MUS))
            .Teacher("M3", "FAR", t => t.Teaching(Subject.MUS))
            .Demand("U", Subject.MUS, 1)
            .Demand("FAR", Subject.MUS, 0)
            .Demand("R", Subject.MUS, 1)
            .Policy(p => p with { MinBackboneShare = 0 })
            .Build();
        var result = GreedyPlanner.Plan(county);
        Assert.True(result.MeetsAllRules, string.Join("\n", result.Remaining));
        Assert.Equal("M1:transfer:R:MUS:1.0", Rows(result));
    }

    [Fact]
    public void Part_of_a_post_missing_is_filled_by_an_itinerant_share()
    {
        var county = TwoSchools()
            .Teacher("A1", "U", t => t.Teaching(Subject.ART).Newcomer())
            .Teacher("A2", "U", t => t.Teaching(Subject.ART).Newcomer())
            .Demand("U", Subject.ART, 1.7m)
            .Demand("R", Subject.ART, 0.3m)
            .Policy(p => p with { MinExchangeRatio = 0 })
            .Build();
        var result = GreedyPlanner.Plan(county);
        Assert.True(result.MeetsAllRules, string.Join("\n", result.Remaining));
        Assert.Equal("A1:itinerant:R:ART:0.3", Rows(result));
    }

    [Fact]
    public void Without_surplus_the_exchange_ratio_is_reached_by_a_like_for_like_swap()
    {
        var county = TwoSchools()
            .Teacher("C1", "U", t => t.Backbone())
            .Teacher("C2", "R")
            .Demand("U", Subject.CHN, 1)
            .Demand("R", Subject.CHN, 1)
            .Policy(p => p with { MaxOutflowRatio = 1m })
            .Build();
        var result = GreedyPlanner.Plan(county);
        Assert.True(result.MeetsAllRules, string.Join("\n", result.Remaining));
        Assert.Equal("C1:transfer:R:CHN:1.0 C2:transfer:U:CHN:1.0", Rows(result));
    }

    [Fact]
    public void Principals_due_to_rotate_trade_schools()
    {
        var since = new DateOnly(2018, 8, 1);
        var county = TwoSchools()
            .Teacher("P1", "U", t => t.Principal(since))
            .Teacher("P2", "R", t => t.Principal(since))
            .Build();
        var result = GreedyPlanner.Plan(county);
        Assert.True(result.MeetsAllRules, string.Join("\n", result.Remaining));
        Assert.Equal("P1:principal:R::1.0 P2:principal:U::1.0", Rows(result));
    }

    [Fact]
    public void Principal_due_alone_trades_with_the_nearest_principal_not_yet_due()
    {
        var county = TwoSchools()
            .Teacher("P1", "U", t => t.Principal(new DateOnly(2018, 8, 1)))
            .Teacher("P2", "R", t => t.Principal(new DateOnly(2025, 8, 1)))
            .Teacher("P3", "FAR", t => t.Principal(new DateOnly(2025, 8, 1)))
            .Build();
        var result = GreedyPlanner.Plan(county);
        Assert.True(result.MeetsAllRules, string.Join("\n", result.Remaining));
        Assert.Equal("P1:principal:R::1.0 P2:principal:U::1.0", Rows(result));
    }

    [Fact]
    public void Quota_no_move_can_reach_is_reported_instead_of_an_invalid_plan()
    {
        var county = TwoSchools()
            .Teacher("C1", "U")
            .Demand("U", Subject.CHN, 1)
            .Build();
        var result = GreedyPlanner.Plan(county);
        Assert.False(result.MeetsAllRules);
        Assert.Empty(result.Plan.Assignments);
        Assert.Equal(["min_exchange_ratio"], result.Remaining.Select(v => v.RuleId));
    }

    [Fact]
    public void Plan_for_the_contract_example_keeps_every_rule()
    {
        var result = GreedyPlanner.Plan(FixtureReader.Read(RepoPaths.ContractExample));
        Assert.True(result.MeetsAllRules, string.Join("\n", result.Remaining));
        Assert.NotEmpty(result.Plan.Assignments);
    }
}
