using System.Globalization;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>CP-SAT parameters from the options: the only place solver settings become a parameter string.</summary>
internal static class SolverParameters
{
    /// <summary>
    /// Above this many variables the presolve is lighter: at 20 000 teachers the full presolve took most of
    /// the first level's time (no bound, no plan better than the greedy one); a single pass with less
    /// probing leaves time for the search.
    /// </summary>
    public const int LightPresolveVariables = 60_000;

    /// <param name="options">The planner's options.</param>
    /// <param name="limit">Time limit of this solve.</param>
    /// <param name="workers">Workers, when not the options' (e.g. one for a small side solve).</param>
    /// <param name="proveBound">
    /// Whether the solve should prove a bound (the first level, infeasibility explanations): then the full
    /// worker is max_lp. Later levels start from a good plan and need better plans more than bounds.
    /// </param>
    /// <param name="gapLimit">Relative gap at which the solve may stop (the time left goes to the next level).</param>
    /// <param name="lightPresolve">Whether to presolve with less effort (see <see cref="LightPresolveVariables"/>).</param>
    public static string For(SolverOptions options, TimeSpan limit, int? workers = null, bool proveBound = true,
        double gapLimit = 0, bool lightPresolve = false)
    {
        var seconds = Math.Max(0.1, limit.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
        var log = options.LogSearch ? "true" : "false";
        // log_to_response keeps the log in the response so the presolve time can be read from it.
        var w = workers ?? options.Workers;
        // Measured on the contract example and the sample county: with two workers CP-SAT's default
        // portfolio proves weak bounds; the max_lp worker (more cuts) closes the shortage level far sooner.
        // On the balance and disruption levels its slow LP left the 5 000-teacher county's backbone CV worse
        // than before the plan (0.603 → 0.878); the default worker improves the plan there instead.
        // A single worker that proves bounds is max_lp too: with one thread per county (a city's queue) the
        // default worker left the shortage level of 2 000-teacher counties where the greedy plan had it.
        var subsolvers = !proveBound ? "" : w == 2 ? "subsolvers:\"max_lp\" subsolvers:\"default_lp\" " : w == 1 ? "subsolvers:\"max_lp\" " : "";
        // More cut rounds at the root raise the bound sooner. Measured on the sample county's shortage level
        // (38 s, 2 workers, seeds 1–3): gap 1.32 / 1.63 / 1.21 % with CP-SAT's default of one round,
        // 0.87 / 1.28 / 0.97 % with four; ten rounds did no better than four (1.35 / 1.06 %).
        var cuts = proveBound ? "max_cut_rounds_at_level_zero:4 " : "";
        var gap = gapLimit > 0 ? $"relative_gap_limit:{gapLimit.ToString("0.####", CultureInfo.InvariantCulture)} " : "";
        var presolve = lightPresolve ? "cp_model_probing_level:1 max_presolve_iterations:1 find_big_linear_overlap:false " : "";
        return $"{subsolvers}{cuts}{gap}{presolve}max_time_in_seconds:{seconds} num_workers:{w} random_seed:{options.Seed} "
               + $"log_search_progress:true log_to_stdout:{log} log_to_response:true {options.ExtraParameters}";
    }
}
