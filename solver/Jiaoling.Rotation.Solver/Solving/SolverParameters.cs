using System.Globalization;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>CP-SAT parameters from the options: the only place solver settings become a parameter string.</summary>
internal static class SolverParameters
{
    public static string For(SolverOptions options, TimeSpan limit, int? workers = null)
    {
        var seconds = Math.Max(0.1, limit.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
        var log = options.LogSearch ? "true" : "false";
        // log_to_response keeps the log in the response so the presolve time can be read from it.
        var w = workers ?? options.Workers;
        // Measured on the contract example and the sample county: with two workers CP-SAT's default
        // portfolio proves weak bounds; the max_lp worker (more cuts) closes the shortage level far sooner.
        var subsolvers = w == 2 ? "subsolvers:\"max_lp\" subsolvers:\"default_lp\" " : "";
        return $"{subsolvers}max_time_in_seconds:{seconds} num_workers:{w} random_seed:{options.Seed} "
               + $"log_search_progress:true log_to_stdout:{log} log_to_response:true {options.ExtraParameters}";
    }
}
