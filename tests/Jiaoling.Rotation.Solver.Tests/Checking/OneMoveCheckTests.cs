using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class OneMoveCheckTests
{
    [Fact]
    public void Transfer_and_itinerant_rows_for_one_teacher_break_one_move()
    {
        var c = County();
        Assert.Equal(["one_move"], RuleIdsOf(c, Plan([.. Valid(c), Transfer(c, "T1", "B"), Itinerant(c, "T1", "B", 0.2m)])));
    }

    [Fact]
    public void Two_transfers_of_one_teacher_break_one_move()
    {
        var c = County();
        Assert.Equal(["one_move"], RuleIdsOf(c, Plan(Transfer(c, "T2", "B"), Transfer(c, "T2", "D"))));
    }

    [Fact]
    public void Two_itinerant_rows_to_the_same_school_break_one_move()
    {
        var c = County();
        Assert.Equal(["one_move"], RuleIdsOf(c, Plan([.. Valid(c), Itinerant(c, "T1", "B", 0.2m), Itinerant(c, "T1", "B", 0.2m)])));
    }
}
