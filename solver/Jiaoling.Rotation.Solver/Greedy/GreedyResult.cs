using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// What the greedy heuristic produced: its plan, whether the checker found it keeps every rule, and the
/// violations left when it does not (typically a quota the heuristic could not reach).
/// </summary>
public sealed record GreedyResult(Plan Plan, bool MeetsAllRules, IReadOnlyList<Violation> Remaining);
