namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A teacher has at most one transfer or principal move, never a transfer and itinerant teaching together, and at most one itinerant share per receiving school.
/// </summary>
/// <remarks>
/// Rule <c>one_move</c>. The CP-SAT constraints are in <c>OneMove.Model.cs</c>, the plan check in <c>OneMove.Check.cs</c>.
/// </remarks>
public sealed partial class OneMove
{
    public string Id => RuleIds.OneMove;
}
