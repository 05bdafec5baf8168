using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// One normalised term of the balance level (a stage × indicator): its variable, its value before the plan
/// and how to evaluate it for given values of the move variables (the least value the variable may take).
/// </summary>
internal sealed record BalanceTerm(string Name, IntVar Value, long Before, Func<Func<IntVar, long>, long> At);
