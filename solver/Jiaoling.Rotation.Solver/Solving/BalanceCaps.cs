using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Objectives;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// Keeps the levels solved before <c>balance</c> from trading balance away: each balance term may not end
/// above its value before the plan, or the greedy plan's value where that is higher, so the greedy hint
/// still satisfies the caps. Without them the shortage level, free to pick any of many equally good plans,
/// moved backbone teachers the balance level had no time to move back on large counties. Posted only
/// above <see cref="SolverOptions.BalanceCapsAbove"/> teachers: on smaller counties the balance level repairs the spread in its time
/// (1 000 teachers: sum of the six CVs 3.12 → 1.54), and there the caps cost the shortage level its
/// bound (sample county: gap 1.9 % → 9.3 %, unmet 120.8 → 127.4 FTE).
/// </summary>
internal static class BalanceCaps
{
    public static void Post(RotationModel m, IReadOnlyList<ObjectiveLevel> levels, IReadOnlyDictionary<int, long> start)
    {
        var at = levels.Select(l => l.Name).ToList().IndexOf(BalanceObjective.Name);
        if (at <= 0 || m.County.Teachers.Count <= m.Options.BalanceCapsAbove)
        {
            return;
        }
        foreach (var term in BalanceObjective.Terms(m))
        {
            var greedy = term.At(v => start.GetValueOrDefault(v.Index));
            m.Cp.Add(term.Value <= Math.Max(term.Before, greedy));
        }
    }
}
