using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>Interchangeable teachers are pooled; the plan names the pool member who lives nearest the new school.</summary>
public sealed class PoolTests
{
    private static readonly GeoPoint NearS2 = new(24.65 + 25 / 111.195, 116.17);

    [Fact]
    public void Of_two_interchangeable_teachers_the_one_living_nearer_the_new_school_moves_with_a_reason()
    {
        var outcome = Scenario.Solve(TwoMusicTeachers());

        Assert.Equal(["B transfer S1→S2 MUS 1.0"], Scenario.Rows(outcome));
        Assert.StartsWith("补充乡村学校长潭第3小学音乐紧缺（原缺 1.0 人）", outcome.Plan.Assignments[0].Reason);
    }

    // S1 needs one of its two music teachers; rural S2 lacks one. B lives near S2.
    private static Builders.CountyBuilder TwoMusicTeachers() => Scenario.Quiet()
            .School("S1").School("S2", s => s.Rural().At(30).Named("长潭第3小学"))
            .Demand("S1", Subject.MUS, 1m).Demand("S2", Subject.MUS, 1m)
            .Teacher("A", "S1", t => t.Teaching(Subject.MUS))
            .Teacher("B", "S1", t => t.Teaching(Subject.MUS).With(x => x with { Home = NearS2 }));
}
