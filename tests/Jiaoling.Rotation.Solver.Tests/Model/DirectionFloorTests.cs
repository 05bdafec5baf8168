using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// The direction floor on three schools: urban U1 has two music teachers for one post and eight CHN teachers
/// for six, urban U2 next door lacks its music teacher, rural R is 30 km away. Thirteen teachers are
/// eligible, so the 10 % quota asks two transfers and the floor (15 % of two, rounded down) allows no
/// sideways one. R has a music teacher it does not need. The schools are in no alliance, so nobody may
/// teach itinerant; the greedy start fills U2's music post from U1 next door — a sideways move.
/// </summary>
public sealed class DirectionFloorTests
{
    private static CountyBuilder County(int maxSidewaysPercent) => Scenario.Quiet()
        .Policy(p => p with
        {
            MinExchangeRatio = 0.1m,
            ItinerantSameGroup = true,
            // No price on sideways moves, so only the floor keeps the plan from U1's music teacher next door.
            Objectives = p.Objectives with { MaxSidewaysPercent = maxSidewaysPercent, DisruptionSideways = 0 },
        })
        .School("U1", s => s.Students(300).Group(null)).School("U2", s => s.Students(100).At(1)).School("R", s => s.Rural().Students(100).At(30))
        .Demand("U1", Subject.MUS, 1m).Demand("U1", Subject.CHN, 6m).Demand("U2", Subject.MUS, 1m).Demand("U2", Subject.CHN, 2m)
        .Demand("R", Subject.CHN, 2m)
        .Teacher("M1", "U1", t => t.Teaching(Subject.MUS)).Teacher("M2", "U1", t => t.Teaching(Subject.MUS))
        .Teacher("C1", "U1").Teacher("C2", "U1").Teacher("C3", "U1").Teacher("C4", "U1")
        .Teacher("C5", "U1").Teacher("C6", "U1").Teacher("C7", "U1").Teacher("C8", "U1")
        .Teacher("D1", "U2").Teacher("D2", "U2").Teacher("RM", "R", t => t.Teaching(Subject.MUS));

    private static int Sideways(County county, PlanOutcome outcome) =>
        RotationMetrics.Measure(county, outcome.Plan).Directions.Sideways;

    [Fact]
    public void Without_a_floor_the_plan_fills_the_urban_music_post_from_the_urban_school_next_door()
    {
        var builder = County(maxSidewaysPercent: 100);
        var outcome = Scenario.Solve(builder);

        Assert.Contains(Scenario.Rows(outcome), r => r.StartsWith('M') && r.Contains("transfer U1→U2 MUS"));
        Assert.True(Sideways(builder.Build(), outcome) >= 1);
    }

    [Fact]
    public void The_first_level_repairs_a_sideways_start_and_fills_the_music_post_from_the_rural_school_instead()
    {
        var builder = County(maxSidewaysPercent: 15);
        var county = builder.Build();
        var outcome = Scenario.Solve(builder);

        Assert.Equal(0, Sideways(county, outcome));
        Assert.Contains("RM transfer R→U2 MUS 1.0", Scenario.Rows(outcome));
        Assert.Equal(["shortage", "disruption"], outcome.Levels.Select(l => l.Name));
    }
}
