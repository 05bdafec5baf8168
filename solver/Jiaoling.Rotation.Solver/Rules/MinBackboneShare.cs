namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Backbone teachers make up at least min_backbone_share of the teachers counted by the exchange ratio.
/// </summary>
/// <remarks>
/// Rule <c>min_backbone_share</c>. The CP-SAT constraints are in <c>MinBackboneShare.Model.cs</c>, the plan check in <c>MinBackboneShare.Check.cs</c>.
/// </remarks>
public sealed partial class MinBackboneShare
{
    public string Id => RuleIds.MinBackboneShare;
}
