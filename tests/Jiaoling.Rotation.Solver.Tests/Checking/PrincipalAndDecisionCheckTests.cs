using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class PrincipalAndDecisionCheckTests
{
    [Fact]
    public void Due_principal_left_in_place_breaks_principal_rotation()
    {
        var c = Builder(principalsSince: LongAgo).Build();
        var violations = PlanChecker.Check(c, Plan(Valid(c)));
        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal("principal_rotation", v.RuleId));
        Assert.Contains(violations, v => v.Message.StartsWith("校长 PA", StringComparison.Ordinal));
    }

    [Fact]
    public void Principal_moving_to_a_led_school_leaves_two_there_and_none_at_home()
    {
        var c = County();
        var messages = PlanChecker.Check(c, Plan([.. Valid(c), Principal(c, "PA", "B")])).Select(v => v.ToString()).ToList();
        Assert.Equal(
        [
            "principal_rotation: 学校 A 原有校长，调整后没有校长。",
            "principal_rotation: 学校 B 调整后有 2 名校长，至多 1 名。",
        ], messages);
    }

    [Theory]
    [InlineData(DecisionKind.Stay, "T2", null)]
    [InlineData(DecisionKind.Forbid, "T2", "B")]
    [InlineData(DecisionKind.Require, "T2", "D")]
    public void Plan_against_a_review_decision_breaks_decisions(DecisionKind kind, string teacher, string? school)
    {
        var c = Builder().Decide(teacher, kind, school).Build();
        Assert.Equal(["decisions"], RuleIdsOf(c, Plan(Valid(c))));
    }

    [Fact]
    public void Plan_that_makes_the_required_move_meets_the_decision()
    {
        var c = Builder().Decide("T2", DecisionKind.Require, "B").Decide("T1", DecisionKind.Forbid, "B").Build();
        Assert.Empty(RuleIdsOf(c, Plan(Valid(c))));
    }
}
