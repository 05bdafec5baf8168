using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// The direction floor on three schools: urban U1 has two music teachers for one post and eight CHN teachers
/// for six, urban U2 next door lacks its music teacher, rural R is 30 km away. Twelve teachers are
/// eligible, so the 10 % quota asks two transfers and the floor (15 % of two, rounded down) allows no
/// sideways one. The schools are in no alliance, so nobody may teach itinerant; the greedy start fills U2's
/// music post from U1 — a sideways move.
/// </summary>
public sealed class DirectionFloorTests
{
    private static CountyBuilder County(int maxSidewaysPercent) => Scenario.Quiet()
        .Policy(p => p with
        {
            MinExchangeRatio = 0.1m,
            ItinerantSameGroup = true,
            Objectives = p.Objectives with { MaxSidewaysPercent = maxSidewaysPercent },
        })
        .School("U1", s => s.Students(300).Group(null)).School("U2", s => s.Students(100).At(1)).School("R", s => s.Rural().Students(100).At(30))
        .Demand("U1", Subject.MUS, 1m).Demand("U1", Subject.CHN, 6m).Demand("U2", Subject.MUS, 1m).Demand("U2", Subject.CHN, 2m)
        .Demand("R", Subject.CHN, 2m)
        .Teacher("M1", "U1", t => t.Teaching(Subject.MUS)).Teacher("M2", "U1", t => t.Teaching(Subject.MUS))
        .Teacher("C1", "U1").Teacher("C2", "U1").Teacher("C3", "U1").Teacher("C4", "U1")
        .Teacher("C5", "U1").Teacher("C6", "U1").Teacher("C7", "U1").Teacher("C8", "U1")
        .Teacher("D1", "U2").Teacher("D2", "U2");

    private static int Sideways(County county, PlanOutcome outcome) =>
        RotationMetrics.Measure(county, outcome.Plan).Directions.Sideways;

    [Fact]
    public void Without_a_floor_the_plan_fills_the_urban_music_post_from_the_urban_school_next_door()
    {
        var builder = County(maxSidewaysPercent: 100);
        var outcome = Scenario.Solve(builder);

        Assert.Contains(Scenario.Rows(outcome), r => r.StartsWith('M') && r.Contains("transfer U1→U2 MUS"));
        Assert.Equal(1, Sideways(builder.Build(), outcome));
        Assert.DoesNotContain(outcome.Levels, l => l.Name == "direction");
    }

    [Fact]
    public void The_floor_repairs_a_sideways_start_in_a_level_of_its_own_and_sends_the_quota_toward_the_rural_school()
    {
        var builder = County(maxSidewaysPercent: 15);
        var outcome = Scenario.Solve(builder);

        Assert.Equal(0, Sideways(builder.Build(), outcome));
        Assert.Equal(["direction", "shortage", "disruption"], outcome.Levels.Select(l => l.Name));
        Assert.Equal(0, outcome.Levels[0].Objective);
        Assert.Equal(2, Scenario.Rows(outcome).Count(r => r.Contains("transfer U1→R", StringComparison.Ordinal)));
    }
}
