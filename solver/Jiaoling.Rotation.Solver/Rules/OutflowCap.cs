namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// No school loses more than max(1, floor(max_outflow_ratio × headcount)) people by transfer or principal move.
/// </summary>
/// <remarks>
/// Rule <c>outflow_cap</c>. The CP-SAT constraints are in <c>OutflowCap.Model.cs</c>, the plan check in <c>OutflowCap.Check.cs</c>.
/// </remarks>
public sealed partial class OutflowCap
{
    public string Id => RuleIds.OutflowCap;
}
