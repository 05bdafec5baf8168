using System.Diagnostics;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Greedy;

namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// Measures one county, named for the report: the greedy baseline, then the CP-SAT planner with the
/// given options, both plans measured the same way, each level's value included. Peak memory is the whole process's, so
/// run one instance per process; it is read before the levels' values are measured, so it is the planner's and the
/// floor's, not the measuring's.
/// </summary>
public static class BenchRunner
{
    public static InstanceReport Measure(string name, County county, SolverOptions options, CancellationToken ct = default)
    {
        var before = PlanFigures.Of(county, Plan.Empty, 0);
        var clock = Stopwatch.StartNew();
        var greedy = GreedyPlanner.Plan(county, ct);
        var greedyFigures = PlanFigures.Of(county, greedy.Plan, clock.Elapsed.TotalSeconds);
        clock.Restart();
        var outcome = Planner.Solve(county, options, null, ct);
        var wall = clock.Elapsed.TotalSeconds;
        var floor = Solving.ShortageFloor.Compute(county, ct);
        var peak = PeakMemory.Bytes();
        var solverFigures = outcome.HasPlan
            ? PlanFigures.Of(county, outcome.Plan, wall) with { Levels = Solving.LevelValues.Of(county, outcome.Plan, options, ct) }
            : null;
        var solver = new SolverFigures(outcome.Status.ToString(), outcome.Stats, wall, outcome.Seconds, outcome.Levels, solverFigures);
        return new InstanceReport(
            name,
            county.Teachers.Count,
            county.Schools.Count,
            county.Status.Values.Count(s => s.Eligible),
            before,
            greedyFigures with { Levels = Solving.LevelValues.Of(county, greedy.Plan, options, ct) },
            solver,
            floor,
            peak);
    }
}
