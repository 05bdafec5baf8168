namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// At least min_exchange_ratio of the eligible teachers in scope change school by transfer.
/// </summary>
/// <remarks>
/// Rule <c>min_exchange_ratio</c>. The CP-SAT constraints are in <c>MinExchangeRatio.Model.cs</c>, the plan check in <c>MinExchangeRatio.Check.cs</c>.
/// </remarks>
public sealed partial class MinExchangeRatio
{
    public string Id => RuleIds.MinExchangeRatio;
}
