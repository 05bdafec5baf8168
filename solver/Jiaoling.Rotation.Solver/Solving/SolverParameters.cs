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
        return $"max_time_in_seconds:{seconds} num_workers:{workers ?? options.Workers} random_seed:{options.Seed} "
               + $"log_search_progress:true log_to_stdout:{log} log_to_response:true {options.ExtraParameters}";
    }
}
