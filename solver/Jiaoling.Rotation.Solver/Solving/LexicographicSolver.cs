using System.Diagnostics;
using Google.OrTools.Sat;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Objectives;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// Solves the objective levels one after another: minimise a level, then hold it at the value reached
/// (objective ≤ value) and minimise the next, hinted with the previous solution. A level's expression is
/// added to the model only when the level is solved. The time left is shared among the levels left in
/// proportion to their time weights (<see cref="ObjectiveLevel.TimeWeight"/>); the last uses the rest.
/// </summary>
internal static class LexicographicSolver
{
    public static LevelRun Run(RotationModel m, IReadOnlyList<ObjectiveLevel> levels, SolverOptions options,
        IReadOnlyDictionary<int, long> start, IProgress<SolverProgress>? progress, Stopwatch clock, CancellationToken ct)
    {
        var results = new List<LevelResult>();
        long[]? solution = null;
        var first = CpSolverStatus.Unknown;
        var presolve = 0.0;
        var values = new List<IntVar>();
        Neighbourhoods? hoods = null;
        var large = m.CandidateCount > options.NeighbourhoodSearchAbove;
        var laterSearched = m.CandidateCount > options.LaterLevelsNeighbourhoodSearchAbove;
        for (var i = 0; i < levels.Count; i++)
        {
            // Keep a little of the limit for reading the plan, so the whole run stays within it.
            var left = options.TimeLimit * 0.98 - clock.Elapsed;
            var limit = left * Share(levels, i, large, options.Workers);
            values.Add(levels[i].Post(m));
            m.Cp.Minimize(values[i]);
            // The level's new variables need values: complete the greedy hint (first level) or the previous
            // level's solution. The completed plan is also the fallback when the level finds nothing better.
            var seed = solution is null ? start : AsHint(solution);
            var levelStarted = clock.Elapsed;
            // At least a few seconds, as a level whose start cannot be completed is skipped on a loaded machine.
            var completion = TimeSpan.FromTicks(Math.Max((limit * 0.2).Ticks, Math.Min(TimeSpan.FromSeconds(5).Ticks, (left * 0.25).Ticks)));
            hoods ??= large || (i > 0 && laterSearched) ? new Neighbourhoods(m, options.Seed) : null;
            var complete = hoods is not null
                ? NeighbourhoodSearch.Complete(m, hoods, seed, completion, options, ct)
                : HintCompletion.Complete(m.Cp, seed, options, completion, ct);
            if (complete is not null)
            {
                seed = AsHint(complete);
                solution = complete;
                // A priced level may trade moves against its measure, but never ends worse on it than where it started.
                if (m.Measures.TryGetValue(levels[i].Name, out var measure))
                {
                    m.Cp.Add(measure <= complete[measure.Index]);
                }
            }
            Hint(m.Cp, seed);
            var started = clock.Elapsed;
            if (complete is not null && hoods is not null)
            {
                if (i == 0)
                {
                    first = CpSolverStatus.Feasible;
                }
                var reporter = new ProgressCallback(m, levels[i].Name, i, levels.Count, progress, clock);
                var gapLimit = i == levels.Count - 1 ? 0 : options.LevelGapLimit;
                solution = SolveLarge(m, hoods, values[i], complete, limit - (clock.Elapsed - levelStarted), i == 0, gapLimit, options, reporter, out var result, ct);
                results.Add(result with { Name = levels[i].Name, Seconds = (clock.Elapsed - started).TotalSeconds });
                Hold(m, levels[i], values[i], solution);
                continue;
            }
            // Every level but the last stops once its gap is small enough, leaving the time to the next.
            var last = i == levels.Count - 1;
            var solver = new CpSolver
            {
                StringParameters = SolverParameters.For(options, limit, proveBound: i == 0, gapLimit: last ? 0 : options.LevelGapLimit,
                    lightPresolve: i > 0 || m.Cp.Model.Variables.Count > SolverParameters.LightPresolveVariables),
            };
            CpSolverStatus status;
            var callback = new ProgressCallback(m, levels[i].Name, i, levels.Count, progress, clock);
            using (ct.Register(solver.StopSearch))
            {
                status = solver.Solve(m.Cp, callback);
            }
            var seconds = (clock.Elapsed - started).TotalSeconds;
            if (i == 0)
            {
                first = status;
                presolve = PresolveLog.Seconds(solver.Response?.SolveLog);
            }
            switch (status)
            {
                case CpSolverStatus.Optimal:
                case CpSolverStatus.Feasible:
                    solution = solver.Response!.Solution.ToArray();
                    var objective = solver.ObjectiveValue;
                    // A level stopped at the gap limit is reported Optimal by CP-SAT: its bound tells the truth.
                    var bound = solver.BestObjectiveBound;
                    var proven = status == CpSolverStatus.Optimal && Gap(objective, bound) == 0;
                    results.Add(new LevelResult(levels[i].Name, proven ? "optimal" : "feasible",
                        objective, bound, Gap(objective, bound), seconds));
                    callback.Finished(solution, objective, bound);
                    Hold(m, levels[i], values[i], solution);
                    break;
                case CpSolverStatus.Unknown when solution is not null && values[i].Index >= solution.Length:
                    // Out of time before the previous plan could even be completed with this level's terms: that
                    // plan holds every rule. The level is left out (nothing to hold) and the levels left still try.
                    continue;
                case CpSolverStatus.Unknown when solution is not null:
                    // Out of time: the previous level's plan (or the completed greedy plan) holds every rule.
                    var reached = solution[values[i].Index];
                    var known = Proven(solver.BestObjectiveBound) ? solver.BestObjectiveBound : Unproven(reached);
                    results.Add(new LevelResult(levels[i].Name, "feasible", reached, known, Gap(reached, known), seconds));
                    callback.Finished(solution, reached, known);
                    Hold(m, levels[i], values[i], solution);
                    break;
                case CpSolverStatus.Infeasible when solution is not null:
                    // Cannot happen while the previous plan holds every constraint; keep that plan if it does.
                    return new LevelRun(first, results, solution, presolve);
                case CpSolverStatus.Unknown:
                case CpSolverStatus.Infeasible:
                    return new LevelRun(first, results, null, presolve);
                case CpSolverStatus.ModelInvalid:
                    throw new InvalidOperationException("The CP-SAT model is invalid: " + m.Cp.Validate());
                default:
                    throw new InvalidOperationException($"Unexpected CP-SAT status {status}.");
            }
        }
        return new LevelRun(first, results, solution, presolve);
    }

    /// <summary>
    /// Solves a level of a large model by neighbourhood search from the completed plan. On the first level a
    /// bound is raised beside the search (<see cref="LevelBound"/>), and the search stops once the plan is within
    /// the gap limit of it. Later levels get none: solved whole, their bounds stayed at 0 to 48 % of their plans' values.
    /// </summary>
    private static long[] SolveLarge(RotationModel m, Neighbourhoods hoods, IntVar value, long[] complete, TimeSpan limit,
        bool first, double gapLimit, SolverOptions options, ProgressCallback callback, out LevelResult result, CancellationToken ct)
    {
        using var bound = first ? new LevelBound(m.Cp, limit, options) : null;
        long Bound(long reached) => Math.Min(reached, bound?.Current ?? Unproven(reached));
        var best = NeighbourhoodSearch.Improve(m, hoods, value, complete, () => Bound(complete[value.Index]), gapLimit,
            limit, options, s => callback.Improved(s, s[value.Index], Bound(s[value.Index])), ct);
        bound?.Dispose();
        var reached = best[value.Index];
        var proven = Bound(reached);
        result = new LevelResult("", reached <= proven ? "optimal" : "feasible", reached, proven, Gap(reached, proven), 0);
        callback.Finished(best, reached, proven);
        return best;
    }

    /// <summary>
    /// A level's share of the time left. The first level gets three times its weight where its search is slow to
    /// improve on its start. Searched by neighbourhoods it gains until its end (a 5 000-teacher county: −0.1 % a
    /// second after 30 s) while the levels after it gain little: with twice its share (55 of 120 s) the 5 000-teacher
    /// county's first level was proven within 1.88–2.26 %, with three times (66 s) 1.34–1.57 %. Solved whole by one
    /// worker (a city's queue), its only worker is the bound-proving one, which found the first plan better than a
    /// 2 000-teacher county's start only after 27 of the level's 37 s. A level proven within the gap limit stops early
    /// and leaves its time to the next, so the extra share costs nothing where the first level is quick.
    /// </summary>
    internal static double TimeWeight(IReadOnlyList<ObjectiveLevel> levels, int k, bool large, int workers) =>
        levels[k].TimeWeight * (k == 0 && (large || workers == 1) ? 3 : 1);

    /// <summary>The share of the time left that level <paramref name="i"/> gets: its weight over the weights of the levels left.</summary>
    internal static double Share(IReadOnlyList<ObjectiveLevel> levels, int i, bool large, int workers) =>
        TimeWeight(levels, i, large, workers) / Enumerable.Range(i, levels.Count - i).Sum(k => TimeWeight(levels, k, large, workers));

    /// <summary>Keeps what the level reached for the levels after it: its value, or the level's own hold.</summary>
    private static void Hold(RotationModel m, ObjectiveLevel level, IntVar value, long[] solution)
    {
        if (level.Hold is { } hold)
        {
            hold(m, solution);
        }
        else
        {
            m.Cp.Add(value <= solution[value.Index]);
        }
    }

    private static Dictionary<int, long> AsHint(long[] solution) =>
        solution.Select((v, k) => (k, v)).ToDictionary(x => x.k, x => x.v);

    /// <summary>Whether CP-SAT's bound proves anything: before presolve ends it is still the objective variable's domain.</summary>
    public static bool Proven(double bound) => bound > -(1L << 49);

    /// <summary>What a level reports as its bound when nothing is proven: 0, or its value where that is lower.</summary>
    private static long Unproven(long reached) => Math.Min(0, reached);

    /// <summary>The relative gap, at most 1 (a bound below zero proves nothing of a positive objective).</summary>
    private static double Gap(double objective, double bound) =>
        Math.Min(1.0, Math.Abs(objective - bound) / Math.Max(1.0, Math.Abs(objective)));

    public static void Hint(CpModel model, IReadOnlyDictionary<int, long> values)
    {
        var ordered = values.OrderBy(kv => kv.Key).ToList();
        Hint(model, ordered.Select(kv => kv.Key), ordered.Select(kv => kv.Value));
    }

    /// <summary>Hints every variable with its value in a full solution (a neighbourhood round's start).</summary>
    public static void Hint(CpModel model, long[] solution) => Hint(model, Enumerable.Range(0, solution.Length), solution);

    private static void Hint(CpModel model, IEnumerable<int> vars, IEnumerable<long> values)
    {
        model.ClearHints();
        var hint = model.Model.SolutionHint ?? new PartialVariableAssignment();
        hint.Vars.Clear();
        hint.Values.Clear();
        hint.Vars.AddRange(vars);
        hint.Values.AddRange(values);
        model.Model.SolutionHint = hint;
    }
}
