using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Greedy;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// A priced level never ends worse on its own measure than the plan it starts from. Urban U1 has two music
/// teachers for one post; U2 next door lacks 0.3 of a music teacher. Itinerant teaching is priced far above
/// what 0.3 FTE is worth to the shortage level, so on price alone the planner would leave the gap the greedy
/// start fills.
/// </summary>
public sealed class PricedLevelTests
{
    private static County County() => Scenario.Quiet()
        .Policy(p => p with
        {
            Objectives = p.Objectives with { ShortageMovePrice = 1000, DisruptionItinerant = 1000, DisruptionItinerantRow = 1000 },
        })
        .School("U1", s => s.Students(300)).School("U2", s => s.Students(100).At(1))
        .Demand("U1", Subject.MUS, 1m).Demand("U2", Subject.MUS, 0.3m)
        .Teacher("M1", "U1", t => t.Teaching(Subject.MUS)).Teacher("M2", "U1", t => t.Teaching(Subject.MUS))
        .Build();

    [Fact]
    public void The_shortage_level_leaves_no_more_unmet_demand_than_the_greedy_start_however_its_moves_are_priced()
    {
        var county = County();
        var greedy = CountyMetrics.Measure(county, GreedyPlanner.Plan(county, CancellationToken.None).Plan).ShortageFte;

        var outcome = Planner.Solve(county, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(20) });

        Assert.True(greedy < 0.3m, $"the greedy start fills the gap (unmet {greedy})");
        Assert.True(CountyMetrics.Measure(county, outcome.Plan).ShortageFte <= greedy);
    }
}
