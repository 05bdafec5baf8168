using System.Globalization;
using System.Text.RegularExpressions;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>Reads the presolve time from CP-SAT's log, where no response field gives it.</summary>
internal static partial class PresolveLog
{
    /// <summary>Seconds from the start until CP-SAT began the search (presolve and loading); 0 when the log does not say.</summary>
    public static double Seconds(string? log)
    {
        if (string.IsNullOrEmpty(log))
        {
            return 0;
        }
        var match = PresolveDone().Match(log);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"Starting search at ([0-9.]+)s")]
    private static partial Regex PresolveDone();
}
