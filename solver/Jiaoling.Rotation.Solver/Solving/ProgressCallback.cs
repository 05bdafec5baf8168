using System.Diagnostics;
using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// Reports each improving solution of a level to the caller's progress sink, with the plan it stands for
/// at the level's first solution and then at most once a second (reading a plan holds up the search), and
/// the level's final solution when the level ends.
/// </summary>
internal sealed class ProgressCallback(RotationModel m, string level, int index, int count, IProgress<SolverProgress>? progress,
    Stopwatch clock) : CpSolverSolutionCallback
{
    private static readonly TimeSpan ReadEvery = TimeSpan.FromSeconds(1);
    private TimeSpan? _lastRead;

    public override void OnSolutionCallback()
    {
        if (progress is null)
        {
            return;
        }
        var plan = ReadIfDue(() => Enumerable.Range(0, m.Cp.Model.Variables.Count).Select(v => SolutionIntegerValue(v)).ToArray());
        progress.Report(Report(ObjectiveValue(), BestObjectiveBound(), plan, done: false));
    }

    /// <summary>Reports a better solution found outside a CP-SAT search of the whole model (neighbourhood search).</summary>
    public void Improved(long[] solution, double objective, double bound)
    {
        if (progress is null)
        {
            return;
        }
        progress.Report(Report(objective, bound, ReadIfDue(() => solution), done: false));
    }

    /// <summary>The plan a solution stands for, read at most once a second (reading holds up the search).</summary>
    private Plan? ReadIfDue(Func<long[]> solution)
    {
        if (_lastRead is { } last && clock.Elapsed - last < ReadEvery)
        {
            return null;
        }
        _lastRead = clock.Elapsed;
        return new PlanReader(m, solution()).Rows();
    }

    /// <summary>Reports the solution the level ends with.</summary>
    public void Finished(long[] solution, double objective, double bound) =>
        progress?.Report(Report(objective, bound, new PlanReader(m, solution).Rows(), done: true));

    private SolverProgress Report(double objective, double bound, Plan? plan, bool done) =>
        new(level, objective, bound, clock.Elapsed.TotalSeconds)
        {
            LevelIndex = index, LevelCount = count, LevelDone = done, Incumbent = plan,
        };
}
