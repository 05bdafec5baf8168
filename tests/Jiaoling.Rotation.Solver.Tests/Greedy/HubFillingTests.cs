using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Greedy;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Greedy;

/// <summary>
/// The planner's start serves a full school from a hub; the baseline leaves it. Urban U has two PE teachers for one
/// post. Rural R, 40 km north, lacks a PE post and is full under its quota (its two teachers are newcomers, who may
/// not leave). Town H, 30 km north and 10 km from R, has two PE teachers for two posts and room. U is beyond
/// itinerant reach of R; all three schools are in one alliance. No exchange quota, so only the gap moves anyone.
/// </summary>
public sealed class HubFillingTests
{
    private static County County(int? hubQuota = null) => new CountyBuilder()
        .Policy(p => p with { MinExchangeRatio = 0m, MinBackboneShare = 0m })
        .School("U", s => s.At(0).Group("G"))
        .School("H", s => hubQuota is { } q ? s.At(30).Group("G").Quota(q) : s.At(30).Group("G"))
        .School("R", s => s.At(40).Rural().Group("G").Quota(2))
        .Staff("U", "U", 2, Subject.PE)
        .Staff("H", "H", 2, Subject.PE)
        .Teacher("R1", "R", t => t.Newcomer())
        .Teacher("R2", "R", t => t.Newcomer())
        .Demand("U", Subject.PE, 1m)
        .Demand("H", Subject.PE, 2m)
        .Demand("R", Subject.PE, 1m)
        .Build();

    [Fact]
    public void The_start_sends_a_spare_teacher_to_the_hub_whose_teachers_teach_the_full_school()
    {
        StartRows.OnlyTheStartMakes(County(), "U01:U→H:PE@1.0 H01:H→R:PE@0.5 H02:H→R:PE@0.5", StartRows.WithChains);
    }

    [Fact]
    public void A_county_below_the_options_size_is_left_to_the_search()
    {
        Assert.Equal("", StartRows.Of(GreedyPlanner.Start(County())));
    }

    [Fact]
    public void A_hub_without_room_takes_no_one()
    {
        Assert.Equal("", StartRows.Of(GreedyPlanner.Start(County(hubQuota: 2), StartRows.WithChains)));
    }

    [Fact]
    public void The_planners_reason_for_the_newcomer_names_the_school_the_hub_serves()
    {
        var county = County();
        var outcome = Planner.Solve(county, StartRows.WithChains);
        Assert.Equal(0m, Domain.Metrics.CountyMetrics.Measure(county, outcome.Plan).ShortageFte);
        var newcomer = Assert.Single(outcome.Plan.Assignments, a => a.Kind == AssignmentKind.Transfer);
        Assert.Contains("教师可以走教", newcomer.Reason);
    }
}
