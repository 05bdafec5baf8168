using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Rules;
using Jiaoling.Rotation.Solver.Solving;

namespace Jiaoling.Rotation.Solver.Explaining;

/// <summary>
/// Finds which rules conflict: rebuilds the model with one enforcement literal per rule and scope,
/// assumes them all, and reads CP-SAT's sufficient assumptions for infeasibility. Measured on the contract
/// example with min_exchange_ratio 0.9: the two-worker setting (max_lp and default_lp) finds the core in
/// seconds where one worker or eight did not within a minute. The core's rules become one Chinese
/// sentence each.
/// </summary>
internal static class InfeasibilityExplainer
{
    public static IReadOnlyList<string> Explain(County county, Revision? revision, SolverOptions options, TimeSpan limit,
        CancellationToken ct)
    {
        var m = new RotationModel(county, options, explain: true, revision: revision);
        RuleSet.Post(m);
        var literals = m.Guards.Literals.ToList();
        m.Cp.AddAssumptions(literals.Select(kv => (ILiteral)kv.Value));
        var solver = new CpSolver { StringParameters = SolverParameters.For(options, limit) };
        CpSolverStatus status;
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(m.Cp);
        }
        switch (status)
        {
            case CpSolverStatus.Infeasible:
                var core = solver.SufficientAssumptionsForInfeasibility().ToHashSet();
                var scopes = literals.Where(kv => core.Contains(kv.Value.Index)).Select(kv => kv.Key).ToList();
                return scopes.Count > 0 ? Sentences.For(county, scopes) : [Sentences.Unlocated(literals.Select(kv => kv.Key.Rule))];
            case CpSolverStatus.Unknown:
            case CpSolverStatus.Feasible:
            case CpSolverStatus.Optimal:
                return [Sentences.Unlocated(literals.Select(kv => kv.Key.Rule))];
            case CpSolverStatus.ModelInvalid:
                throw new InvalidOperationException("The CP-SAT explanation model is invalid: " + m.Cp.Validate());
            default:
                throw new InvalidOperationException($"Unexpected CP-SAT status {status}.");
        }
    }
}
