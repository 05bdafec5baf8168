using Google.OrTools.Sat;
using Lp = Google.OrTools.LinearSolver;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// A proven lower bound on the level being solved, from the linear relaxation of the whole model solved by
/// GLOP: integrality is dropped, every linear, clause and at-most-one constraint is kept (one switched on by
/// a literal with a big-M on that literal), a maximum keeps only "at least each term", and what has no linear
/// form (products) is dropped. Every plan obeys the relaxation, so its optimum bounds the level from below.
/// In a large county CP-SAT spends its time on presolve and cuts before its own bound moves; GLOP solves the
/// same relaxation in seconds.
/// </summary>
internal static class LpBound
{
    private const double Unbounded = 1L << 49;

    /// <returns>The bound in the objective's units, or null when GLOP did not prove the relaxation's optimum in time.</returns>
    public static long? Of(CpModelProto model, TimeSpan limit)
    {
        using var lp = Lp.Solver.CreateSolver("GLOP");
        if (lp is null)
        {
            return null;
        }
        var relaxation = new LpRelaxation(lp, model);
        foreach (var c in model.Constraints)
        {
            relaxation.Add(c);
        }
        var objective = lp.Objective();
        foreach (var (v, coeff) in model.Objective.Vars.Zip(model.Objective.Coeffs))
        {
            objective.SetCoefficient(relaxation.Variable(v), coeff);
        }
        objective.SetMinimization();
        lp.SetTimeLimit((long)Math.Max(1, limit.TotalMilliseconds));
        if (lp.Solve() != Lp.Solver.ResultStatus.OPTIMAL)
        {
            return null;
        }
        // The objective's integer part is integral: round the LP optimum up, less GLOP's tolerance.
        var value = objective.Value();
        var inner = (long)Math.Ceiling(value - 1e-6 * Math.Max(1, Math.Abs(value)));
        var scale = model.Objective.ScalingFactor == 0 ? 1 : model.Objective.ScalingFactor;
        return (long)Math.Ceiling(scale * (inner + model.Objective.Offset) - 1e-9);
    }

    /// <summary>A bound of a CP-SAT domain as an LP bound (CP-SAT's "unbounded" ends become infinite).</summary>
    public static double Finite(long value) =>
        value >= Unbounded ? double.PositiveInfinity : value <= -Unbounded ? double.NegativeInfinity : value;
}
