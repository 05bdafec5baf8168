namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// plan.csv has the contract's header, known kinds and ids, the teacher's own school and stage, the plan's dates and valid shares.
/// </summary>
/// <remarks>
/// Rule <c>plan_format</c>. The CP-SAT constraints are in <c>PlanFormat.Model.cs</c>, the plan check in <c>PlanFormat.Check.cs</c>.
/// </remarks>
public sealed partial class PlanFormat
{
    public string Id => RuleIds.PlanFormat;
}
