using System.Diagnostics;
using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>Reports each improving solution of a level to the caller's progress sink.</summary>
internal sealed class ProgressCallback(string level, IProgress<SolverProgress>? progress, Stopwatch clock)
    : CpSolverSolutionCallback
{
    public override void OnSolutionCallback() =>
        progress?.Report(new SolverProgress(level, ObjectiveValue(), BestObjectiveBound(), clock.Elapsed.TotalSeconds));
}
