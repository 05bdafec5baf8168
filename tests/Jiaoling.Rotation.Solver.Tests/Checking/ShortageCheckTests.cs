using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class ShortageCheckTests
{
    [Fact]
    public void Taking_the_only_music_teacher_breaks_no_new_shortage()
    {
        var c = County();
        var v = Assert.Single(PlanChecker.Check(c, Plan([.. Valid(c), Transfer(c, "T3", "B")])));
        Assert.Equal("no_new_shortage", v.RuleId);
        Assert.Contains("学校 A 小学音乐（MUS）缺口由 0.0 增至 1.0", v.Message);
    }

    [Fact]
    public void Itinerant_share_given_away_counts_against_the_home_school()
    {
        var c = County();
        Assert.Equal(["no_new_shortage"], RuleIdsOf(c, Plan([.. Valid(c), Itinerant(c, "T3", "B", 0.3m)])));
    }

    [Fact]
    public void Music_teacher_sharing_time_with_a_new_music_teacher_at_home_keeps_demand_met()
    {
        var c = Builder().Teacher("M2", "A", t => t.Teaching(Subject.MUS)).Build();
        Assert.Empty(RuleIdsOf(c, Plan([.. Valid(c), Itinerant(c, "T3", "B", 0.5m)])));
    }
}
