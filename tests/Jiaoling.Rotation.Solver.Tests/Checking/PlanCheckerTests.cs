using Jiaoling.Rotation.Solver.Rules;
using Jiaoling.Rotation.Solver.Checking;
using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class PlanCheckerTests
{
    [Fact]
    public void Valid_plan_has_no_violations()
    {
        var c = County();
        Assert.Empty(RuleIdsOf(c, Plan(Valid(c))));
    }

    [Fact]
    public void Due_principals_swapping_schools_keep_every_rule()
    {
        var c = Builder(principalsSince: LongAgo).Build();
        var plan = Plan([.. Valid(c), Principal(c, "PA", "B"), Principal(c, "PB", "A")]);
        Assert.Empty(RuleIdsOf(c, plan));
    }

    [Fact]
    public void Checker_runs_every_rule_of_the_contract_once()
    {
        var ids = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).Order();
        Assert.Equal(ids, PlanChecker.Rules.Select(r => r.Id).Order());
    }

    [Fact]
    public void Violation_prints_as_rule_id_and_sentence()
    {
        Assert.Equal("couples: 句子。", new Violation("couples", "句子。").ToString());
    }
}
