using System.Diagnostics;
using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// A proven lower bound on a level, raised beside the neighbourhood search: CP-SAT on a copy of the whole
/// model with one bound-proving worker (the LP relaxation with cuts). Its bound rises in steps while the
/// root cuts are added and then stays (search barely moves it at this size), so once it has not risen for
/// a few seconds the search for a bound stops and leaves the core to the neighbourhood search.
/// </summary>
internal sealed class LevelBound : IDisposable
{
    private const long None = long.MinValue;

    /// <summary>
    /// Measured on a 5 000-teacher county's first level: the bound rose from 7.0 to 8.06 million within
    /// 7.6 s of the end of presolve (all its last steps within 0.2 s), then not at all for the 38 s left.
    /// </summary>
    private static readonly TimeSpan Stale = TimeSpan.FromSeconds(5);

    private readonly Task _work;
    private readonly CancellationTokenSource _stop = new();
    private long _bound = None;
    private bool _disposed;

    public LevelBound(CpModel model, TimeSpan limit, SolverOptions options)
    {
        // A deep copy: merging alone shares the variables' messages, whose domains the search fixes and restores.
        var copy = new CpModel();
        copy.Model.MergeFrom(model.Model.Clone());
        _work = Task.Run(() => Raise(copy, limit, options));
    }

    /// <summary>The best bound proven so far, or null before the first.</summary>
    public long? Current => Volatile.Read(ref _bound) is var proven && proven != None ? proven : null;

    /// <summary>Stops the search for a bound and waits for it to end; the bound found stays readable.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _stop.Cancel();
        _work.Wait();
        _stop.Dispose();
    }

    private void Raise(CpModel copy, TimeSpan limit, SolverOptions options)
    {
        var clock = Stopwatch.StartNew();
        var solver = new CpSolver
        {
            StringParameters = SolverParameters.For(options, limit, workers: 1, proveBound: true, lightPresolve: true),
        };
        // Presolve comes first: the clock of staleness starts with the first bound.
        var raised = TimeSpan.MaxValue;
        solver.SetBestBoundCallback(b =>
        {
            if (LexicographicSolver.Proven(b))
            {
                // The objective is an integer sum with integer weights: CP-SAT's bound is a whole number.
                Volatile.Write(ref _bound, (long)Math.Round(b));
                raised = clock.Elapsed;
            }
        });
        using var watch = new Timer(_ =>
        {
            if (raised != TimeSpan.MaxValue && clock.Elapsed - raised > Stale)
            {
                solver.StopSearch();
            }
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        using (_stop.Token.Register(solver.StopSearch))
        {
            solver.Solve(copy);
        }
    }
}
