using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Greedy;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Greedy;

/// <summary>
/// The planner's start frees a teacher whom keep_standards holds at home. Urban U (100 pupils) has two PSY teachers
/// for one post and three CHN teachers for three, all five above the required education: exactly the 4.2 per 100
/// it must keep, so neither PSY teacher may leave alone. Rural R, 40 km north (beyond itinerant reach), lacks a PSY
/// post. Town T, 20 km north, has two CHN teachers for one post and is below the minimum already (nothing to keep).
/// A replacement from an urban T goes sideways, which the direction floor caps; from a rural T it would take a
/// teacher from a school the plan serves.
/// </summary>
public sealed class StandardsReliefTests
{
    private const string Chain = "T01:T→U:CHN@1.0 U01:U→R:PSY@1.0";

    private static County County(Area relieverArea = Area.Town, decimal exchangeRatio = 0m) => new CountyBuilder()
        .Policy(p => p with { MinExchangeRatio = exchangeRatio, MinBackboneShare = 0m })
        .School("U", s => s.At(0).Students(100))
        .School("T", s => s.At(20).With(x => x with { Area = relieverArea }))
        .School("R", s => s.At(40).Rural())
        .Staff("U", "U", 2, Subject.PSY).Demand("U", Subject.PSY, 1m)
        .Staff("UC", "U", 3).Demand("U", Subject.CHN, 3m)
        .Staff("T", "T", 2).Demand("T", Subject.CHN, 1m)
        .Demand("R", Subject.PSY, 1m)
        .Build();

    [Fact]
    public void A_teacher_of_a_school_above_the_minimum_replaces_the_one_the_home_school_needs_for_it()
    {
        StartRows.OnlyTheStartMakes(County(), Chain, StartRows.WithChains);
        // Below SolverOptions.StandardsReliefFrom (3 000 teachers by default) such chains are left to the search.
        Assert.Equal("", StartRows.Of(GreedyPlanner.Start(County())));
    }

    [Fact]
    public void No_replacement_comes_from_a_school_the_plan_serves()
    {
        Assert.Equal("", StartRows.Of(GreedyPlanner.Start(County(Area.Rural), StartRows.WithChains)));
    }

    [Fact]
    public void A_replacement_comes_sideways_only_while_the_direction_floor_has_room()
    {
        // Without an exchange ratio the county sets no floor: the urban replacement is made.
        Assert.Equal(Chain, StartRows.Of(GreedyPlanner.Start(County(Area.Urban), StartRows.WithChains)));
        // One transfer required, so the floor's cap is ⌊15 % × 1⌋ = 0 sideways: the gap stays open, and the one
        // transfer the ratio asks for is made otherwise.
        var capped = County(Area.Urban, exchangeRatio: 0.1m);
        Assert.Equal(0, Objectives.DirectionFloor.Cap(capped));
        var start = GreedyPlanner.Start(capped, StartRows.WithChains);
        Assert.DoesNotContain("T01:T→U", StartRows.Of(start));
        Assert.DoesNotContain("→R:PSY", StartRows.Of(start));
    }

    [Fact]
    public void The_planner_too_fills_the_rural_gap_by_both_moves()
    {
        var county = County();
        var outcome = Planner.Solve(county, StartRows.WithChains);
        Assert.Equal(0m, CountyMetrics.Measure(county, outcome.Plan).ShortageFte);
        Assert.Equal(["T01", "U01"], outcome.Plan.Assignments.Select(a => a.TeacherId.Value).Order());
    }
}
