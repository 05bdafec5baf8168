using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class RuleSetTests
{
    /// <summary>The rule ids in the order the data contract lists them.</summary>
    private static readonly string[] ContractOrder =
    [
        "eligibility", "stage_match", "subject_match", "one_move", "outflow_cap", "staff_quota", "no_new_shortage",
        "min_exchange_ratio", "min_backbone_share", "max_transfer_km", "couples", "itinerant_limits",
        "principal_rotation", "keep_standards", "decisions", "plan_format",
    ];

    private static IEnumerable<string> DeclaredIds() =>
        typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void Registry_holds_every_rule_id_exactly_once()
    {
        Assert.Equal(DeclaredIds().Order(), RuleSet.All.Select(r => r.Id).Order());
    }

    [Fact]
    public void Registry_lists_the_rules_in_the_contract_order()
    {
        var registered = RuleSet.All.Select(r => r.Id).ToList();
        Assert.Equal(ContractOrder.Where(registered.Contains), registered);
    }

    [Fact]
    public void Every_declared_rule_id_is_one_of_the_contract()
    {
        Assert.All(DeclaredIds(), id => Assert.Contains(id, ContractOrder));
    }

    [Fact]
    public void Every_rule_checks_finished_plans()
    {
        Assert.All(RuleSet.All, r => Assert.IsAssignableFrom<IPlanCheck>(r));
    }

    [Fact]
    public void Checker_runs_the_registry_in_its_order()
    {
        Assert.Equal(RuleSet.All.Cast<IPlanCheck>(), PlanChecker.Rules);
    }
}
