namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A transfer or principal move goes at most max_transfer_km.
/// </summary>
/// <remarks>
/// Rule <c>max_transfer_km</c>. The CP-SAT constraints are in <c>MaxTransferKm.Model.cs</c>, the plan check in <c>MaxTransferKm.Check.cs</c>.
/// </remarks>
public sealed partial class MaxTransferKm
{
    public string Id => RuleIds.MaxTransferKm;
}
