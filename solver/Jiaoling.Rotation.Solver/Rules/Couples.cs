namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Spouses end at most max(their distance before, couple_max_km) apart.
/// </summary>
/// <remarks>
/// Rule <c>couples</c>. The CP-SAT constraints are in <c>Couples.Model.cs</c>, the plan check in <c>Couples.Check.cs</c>.
/// </remarks>
public sealed partial class Couples
{
    public string Id => RuleIds.Couples;
}
