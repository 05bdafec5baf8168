namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A transfer goes to an eligible teacher or a movable volunteer; itinerant teaching to a movable teacher; a principal move to a principal.
/// </summary>
/// <remarks>
/// Rule <c>eligibility</c>. The CP-SAT constraints are in <c>EligibilityRule.Model.cs</c>, the plan check in <c>EligibilityRule.Check.cs</c>.
/// </remarks>
public sealed partial class EligibilityRule
{
    public string Id => RuleIds.Eligibility;
}
