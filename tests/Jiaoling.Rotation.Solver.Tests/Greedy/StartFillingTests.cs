using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Greedy;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Greedy;

/// <summary>
/// The planner's start sends a spare teacher whole to a part-post gap that itinerant shares cannot reach; the
/// baseline leaves it. Urban U has two music teachers for one post; rural R, 40 km away (beyond itinerant
/// reach), lacks half a music post. No exchange quota, so only the gap moves anyone.
/// </summary>
public sealed class StartFillingTests
{
    private static County County(bool teachingPoint) => new CountyBuilder()
        .Policy(p => p with { MinExchangeRatio = 0m, MinBackboneShare = 0m })
        .School("U", s => s.At(0))
        .School("R", s => s.At(40).Rural().With(x => x with { TeachingPoint = teachingPoint }))
        .Teacher("M1", "U", t => t.Teaching(Subject.MUS))
        .Teacher("M2", "U", t => t.Teaching(Subject.MUS))
        .Demand("U", Subject.MUS, 1m)
        .Demand("R", Subject.MUS, 0.5m)
        .Build();

    [Fact]
    public void The_start_sends_a_spare_teacher_for_half_a_post_the_baseline_leaves_open()
    {
        StartRows.OnlyTheStartMakes(County(teachingPoint: false), "M1:U→R:MUS@1.0");
    }

    [Fact]
    public void A_teaching_point_gets_no_whole_teacher_for_part_of_a_post()
    {
        Assert.Equal("", StartRows.Of(GreedyPlanner.Start(County(teachingPoint: true))));
    }
}
