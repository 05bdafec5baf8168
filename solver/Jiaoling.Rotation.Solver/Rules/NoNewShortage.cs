namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// No school is made worse off: unmet demand of every school × stage × subject does not grow.
/// </summary>
/// <remarks>
/// Rule <c>no_new_shortage</c>. The CP-SAT constraints are in <c>NoNewShortage.Model.cs</c>, the plan check in <c>NoNewShortage.Check.cs</c>.
/// </remarks>
public sealed partial class NoNewShortage
{
    public string Id => RuleIds.NoNewShortage;
}
