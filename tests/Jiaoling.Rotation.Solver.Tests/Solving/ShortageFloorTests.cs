using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Greedy;
using Jiaoling.Rotation.Solver.Solving;
using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Solver.Tests.Solving;

/// <summary>
/// The floor on unmet shortage, worked out by hand. Urban U (13 teachers, so two may leave under the outflow cap)
/// has three PE teachers for one post and ten Chinese teachers for ten posts; rural schools 30 km away (beyond
/// itinerant reach) lack PE. The rural schools' teachers are newcomers, not eligible to transfer, so no one leaves them.
/// </summary>
public sealed class ShortageFloorTests
{
    private static CountyBuilder Town(Func<TeacherBuilder, TeacherBuilder>? pe = null) => new CountyBuilder()
        .School("U", s => s.Students(400))
        .Demand("U", Subject.PE, 1m).Demand("U", Subject.CHN, 10m)
        .Staff("C", "U", 10)
        .Teacher("P1", "U", t => (pe ?? (b => b))(t.Teaching(Subject.PE)))
        .Teacher("P2", "U", t => (pe ?? (b => b))(t.Teaching(Subject.PE)))
        .Teacher("P3", "U", t => (pe ?? (b => b))(t.Teaching(Subject.PE)));

    private static CountyBuilder Rural(CountyBuilder county, string id, decimal pe, double km, int? quota = null) => county
        .School(id, s => quota is { } q ? s.Rural().At(km).Quota(q) : s.Rural().At(km))
        .Demand(id, Subject.PE, pe).Demand(id, Subject.CHN, 2m)
        .Teacher(id + "C1", id, t => t.Newcomer()).Teacher(id + "C2", id, t => t.Newcomer());

    private static double Floor(CountyBuilder county) => ShortageFloor.Compute(county.Build()).FloorFte;

    [Fact]
    public void Two_spare_teachers_fill_two_posts_where_the_school_has_room()
    {
        Assert.Equal(0, Floor(Rural(Town(), "R", 2m, 30)), 6);
    }

    [Fact]
    public void A_full_school_whose_teachers_may_not_leave_takes_no_one_in()
    {
        Assert.Equal(2, Floor(Rural(Town(), "R", 2m, 30, quota: 2)), 6);
        Assert.Equal(1, Floor(Rural(Town(), "R", 2m, 30, quota: 3)), 6);
    }

    [Fact]
    public void A_principal_who_rotates_makes_no_room_since_the_school_keeps_a_principal()
    {
        // R is full with its principal (quota 3); the principal is due to lead another school, but R gets one back.
        var county = Rural(Town(), "R", 2m, 30, quota: 3).Teacher("RP", "R", t => t.Principal(new DateOnly(2015, 9, 1)));
        Assert.Equal(2, Floor(county), 6);
    }

    [Fact]
    public void The_outflow_cap_limits_how_many_leave()
    {
        // Three posts lacking, three PE teachers to spare if U had four posts' worth, but only two may leave U.
        var county = Rural(Town(), "R", 3m, 30).Teacher("P4", "U", t => t.Teaching(Subject.PE));
        Assert.Equal(1, Floor(county), 6);
    }

    [Fact]
    public void Teachers_arrive_whole_so_one_spare_teacher_fills_only_one_of_two_half_posts()
    {
        var county = Rural(Rural(Town().Demand("U", Subject.PE, 2m), "R1", 0.5m, 30), "R2", 0.5m, -30);
        Assert.Equal(0.5, Floor(county), 6);
    }

    [Fact]
    public void A_teacher_who_may_not_transfer_lends_a_share_only_within_itinerant_reach()
    {
        // The PE teachers are newcomers: movable but not eligible, so they may teach elsewhere only as itinerants.
        Assert.Equal(0, Floor(Rural(Town(t => t.Newcomer()), "R", 0.5m, 10)), 6);
        Assert.Equal(0.5, Floor(Rural(Town(t => t.Newcomer()), "R", 0.5m, 30)), 6);
    }

    [Fact]
    public void The_sample_countys_greedy_plan_does_not_go_below_the_floor()
    {
        var county = FixtureReader.Read(RepoPaths.SampleCounty);
        var floor = ShortageFloor.Compute(county);
        var greedy = Domain.Metrics.CountyMetrics.Measure(county, GreedyPlanner.Plan(county).Plan).ShortageFte;
        Assert.InRange(floor.FloorFte, 0, (double)greedy);
        Assert.True(floor.BeforeFte >= (double)greedy);
    }
}
