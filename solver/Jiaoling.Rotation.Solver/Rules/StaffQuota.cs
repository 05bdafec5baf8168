namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A school with an approved staff quota ends at most at max(quota, headcount before).
/// </summary>
/// <remarks>
/// Rule <c>staff_quota</c>. The CP-SAT constraints are in <c>StaffQuota.Model.cs</c>, the plan check in <c>StaffQuota.Check.cs</c>.
/// </remarks>
public sealed partial class StaffQuota
{
    public string Id => RuleIds.StaffQuota;
}
