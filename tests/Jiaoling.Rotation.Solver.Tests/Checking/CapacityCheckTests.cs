using Jiaoling.Rotation.Solver.Checking;
using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class CapacityCheckTests
{
    [Fact]
    public void More_leavers_than_the_outflow_cap_break_outflow_cap()
    {
        var c = Builder().Policy(p => p with { MaxOutflowRatio = 0.2m }).Build();
        var violations = PlanChecker.Check(c, Plan([.. Valid(c), Transfer(c, "T1", "B")]));
        var v = Assert.Single(violations);
        Assert.Equal("outflow_cap", v.RuleId);
        Assert.Contains("学校 A 调出 2 人，超过上限 1 人", v.Message);
    }

    [Fact]
    public void Receiving_beyond_the_staff_quota_breaks_staff_quota()
    {
        var c = Builder(quotaB: 2).Build();
        Assert.Equal(["staff_quota"], RuleIdsOf(c, Plan(Valid(c))));
    }

    [Fact]
    public void School_already_over_quota_may_keep_its_headcount()
    {
        var c = Builder(quotaB: 1).Build();
        Assert.Empty(RuleIdsOf(c, Plan(Transfer(c, "T2", "B"), Transfer(c, "T4", "A"))));
    }
}
