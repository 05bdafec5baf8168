using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Greedy;

/// <summary>
/// The planner's start makes a whole teacher out of two half posts to spare, for a hub; the baseline cannot. Urban U1
/// and U2, 5 km apart in alliance A, each have two PE teachers for 1.5 posts. Rural R, 40 km north of U1, lacks a
/// PE post and is full (its two teachers are newcomers); town H, 10 km from R in alliance B with it, has two PE
/// teachers for two posts and room. No exchange quota, so only the gap moves anyone.
/// </summary>
public sealed class ConsolidationTests
{
    private static County County() => new CountyBuilder()
        .Policy(p => p with { MinExchangeRatio = 0m, MinBackboneShare = 0m })
        .School("U1", s => s.At(0).Group("A"))
        .School("U2", s => s.At(5).Group("A"))
        .School("H", s => s.At(30).Group("B"))
        .School("R", s => s.At(40).Rural().Group("B").Quota(2))
        .Demand("U1", Subject.PE, 1.5m)
        .Demand("U2", Subject.PE, 1.5m)
        .Demand("H", Subject.PE, 2m)
        .Demand("R", Subject.PE, 1m)
        .Staff("A", "U1", 2, Subject.PE)
        .Staff("B", "U2", 2, Subject.PE)
        .Staff("H", "H", 2, Subject.PE)
        .Teacher("R1", "R", t => t.Newcomer())
        .Teacher("R2", "R", t => t.Newcomer())
        .Build();

    [Fact]
    public void A_neighbour_lends_the_half_post_that_lets_a_teacher_go_whole_to_the_hub()
    {
        // U2 is nearer H: its teacher goes, and U1 lends U2 the half post it has to spare.
        StartRows.OnlyTheStartMakes(County(), "A01:U1→U2:PE@0.5 B01:U2→H:PE@1.0 H01:H→R:PE@0.5 H02:H→R:PE@0.5", StartRows.WithChains);
    }

    [Fact]
    public void The_planner_keeps_the_chain_its_candidates_could_not_offer()
    {
        var county = County();
        var outcome = Planner.Solve(county, StartRows.WithChains);
        Assert.Equal(0m, Domain.Metrics.CountyMetrics.Measure(county, outcome.Plan).ShortageFte);
        var share = Assert.Single(outcome.Plan.Assignments, a => a is { Kind: AssignmentKind.Itinerant, To.Value: "U2" });
        Assert.EndsWith("接替该校整岗调出教师的课时", share.Reason);
    }
}
