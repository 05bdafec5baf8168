namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Review decisions hold: require a move there, forbid any row there, or stay; a decision never overrides another rule.
/// </summary>
/// <remarks>
/// Rule <c>decisions</c>. The CP-SAT constraints are in <c>DecisionsRule.Model.cs</c>, the plan check in <c>DecisionsRule.Check.cs</c>.
/// </remarks>
public sealed partial class DecisionsRule
{
    public string Id => RuleIds.Decisions;
}
