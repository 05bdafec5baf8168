using System.Diagnostics;
using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Explaining;
using Jiaoling.Rotation.Solver.Greedy;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Objectives;
using Jiaoling.Rotation.Solver.Rules;
using Jiaoling.Rotation.Solver.Solving;

namespace Jiaoling.Rotation.Solver;

/// <summary>
/// The CP-SAT planner: builds the model of the county (candidate moves only, pooled interchangeable
/// teachers), posts every rule family, solves the objective levels in the policy's order and reads the
/// plan; when the rules conflict, explains which.
/// </summary>
public static class Planner
{
    /// <summary>
    /// Plans the county within <see cref="SolverOptions.TimeLimit"/>, reporting improving solutions.
    /// Cancelling stops the search and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static PlanOutcome Solve(County county, SolverOptions options, IProgress<SolverProgress>? progress = null,
        CancellationToken ct = default) => Run(county, null, options, progress, ct);

    /// <summary>
    /// Plans the county again after review: the approved rows of the revision are kept exactly, and as few
    /// other rows of its previous plan change as the rules, the decisions and the policy levels before
    /// <c>stability</c> allow (see ObjectiveLevels). The search starts from the previous plan.
    /// </summary>
    public static PlanOutcome Replan(County county, Revision revision, SolverOptions options, IProgress<SolverProgress>? progress = null,
        CancellationToken ct = default) => Run(county, revision, options, progress, ct);

    /// <summary>The county's model with every rule and the planner's guards posted, <paramref name="seed"/>'s rows among its candidates.</summary>
    internal static RotationModel Model(County county, SolverOptions options, Plan seed, Revision? revision)
    {
        var m = new RotationModel(county, options, explain: false, seed, revision);
        RuleSet.Post(m);
        TeachingPointIntake.Post(m);
        return m;
    }

    private static PlanOutcome Run(County county, Revision? revision, SolverOptions options, IProgress<SolverProgress>? progress,
        CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var conflicts = StaticConflicts.Find(county);
        if (conflicts.Count > 0)
        {
            return new PlanOutcome(PlanStatus.Infeasible, Plan.Empty, [], conflicts, new ModelStats(0, 0, 0, 0, 0));
        }
        var startPlan = GreedyPlanner.Start(county, options, ct).Plan;
        var m = Model(county, options, startPlan, revision);
        var levels = DirectionFloor.Apply(m, revision?.Previous ?? startPlan, ObjectiveLevels.For(county.Policy, replanning: revision is not null));
        var start = PlanHint.From(m, revision?.Previous ?? startPlan);
        var run = LexicographicSolver.Run(m, levels, options, start, progress, clock, ct);
        ct.ThrowIfCancellationRequested();
        var stats = new ModelStats(m.Cp.Model.Variables.Count, m.Cp.Model.Constraints.Count, m.Pools.Count, m.CandidateCount,
            run.PresolveSeconds);
        if (run.Solution is { } solution)
        {
            var status = run.Levels.All(l => l.Status == "optimal") ? PlanStatus.Optimal : PlanStatus.Feasible;
            return new PlanOutcome(status, new PlanReader(m, solution).Read(), run.Levels, [], stats);
        }
        if (run.FirstStatus == CpSolverStatus.Infeasible)
        {
            var left = options.TimeLimit - clock.Elapsed;
            var explanation = InfeasibilityExplainer.Explain(county, revision, options, left > TimeSpan.FromSeconds(10) ? left : TimeSpan.FromSeconds(10), ct);
            return new PlanOutcome(PlanStatus.Infeasible, Plan.Empty, run.Levels, explanation, stats);
        }
        if (revision is null && PlanChecker.Check(county, startPlan).Count == 0)
        {
            // Out of time before CP-SAT held even its starting point (a very large county or a loaded machine): the
            // start plan obeys every rule, so HR gets it rather than nothing, and is told so.
            return new PlanOutcome(PlanStatus.Feasible, Reasons.Explain(county, startPlan), run.Levels,
                [$"在 {options.TimeLimit.TotalSeconds:0} 秒内求解器未能在起点方案上找到结果，本次采用规划的起点方案（贪心基线方案，另把还能调出的富余教师整人补到不足一个岗位的紧缺缺口；已通过全部规则复核）；延长求解时限（--time-limit）可得到更好的方案。"],
                stats);
        }
        return new PlanOutcome(PlanStatus.NoSolutionInTime, Plan.Empty, run.Levels,
            [$"在 {options.TimeLimit.TotalSeconds:0} 秒内未找到可行方案，也未能证明规则无法同时满足；请延长求解时限（--time-limit）后重试。"], stats);
    }
}
