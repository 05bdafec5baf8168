namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A principal who has led the same school principal_max_years, not exempt and not near retirement, moves to lead another school; every school that had a principal still has exactly one.
/// </summary>
/// <remarks>
/// Rule <c>principal_rotation</c>. The CP-SAT constraints are in <c>PrincipalRotation.Model.cs</c>, the plan check in <c>PrincipalRotation.Check.cs</c>.
/// </remarks>
public sealed partial class PrincipalRotation
{
    public string Id => RuleIds.PrincipalRotation;
}
