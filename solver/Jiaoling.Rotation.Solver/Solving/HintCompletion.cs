using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// Completes a hint of the decision variables into a full solution: a short solve with every hinted
/// variable fixed to its value derives the rest (unmet demand, spreads, objectives). A complete, feasible
/// hint lets the first level start from that plan at once; when the hint breaks a rule the partial hint is
/// kept and CP-SAT repairs it as usual.
/// </summary>
internal static class HintCompletion
{
    /// <returns>The completed solution (a value for every variable), or null when the hint could not be completed.</returns>
    public static long[]? Complete(CpModel model, IReadOnlyDictionary<int, long> hint,
        SolverOptions options, TimeSpan limit, CancellationToken ct)
    {
        if (hint.Count == 0)
        {
            return null;
        }
        LexicographicSolver.Hint(model, hint);
        var solver = new CpSolver
        {
            // One worker that stops at the first solution: with every decision fixed there is nothing to
            // optimise, and on a loaded machine a portfolio of workers only shares out the little time there is.
            StringParameters = SolverParameters.For(options, limit, workers: 1, proveBound: false)
                               + " fix_variables_to_their_hinted_value:true cp_model_presolve:false stop_after_first_solution:true",
        };
        CpSolverStatus status;
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(model);
        }
        return status switch
        {
            CpSolverStatus.Optimal or CpSolverStatus.Feasible => solver.Response!.Solution.ToArray(),
            CpSolverStatus.Infeasible or CpSolverStatus.Unknown => null,
            CpSolverStatus.ModelInvalid => throw new InvalidOperationException("The CP-SAT model is invalid: " + model.Validate()),
            _ => throw new InvalidOperationException($"Unexpected CP-SAT status {status}."),
        };
    }
}
