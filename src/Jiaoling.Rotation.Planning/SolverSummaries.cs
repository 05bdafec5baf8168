using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver;

namespace Jiaoling.Rotation.Planning;

/// <summary>Turns the planner's outcome into metrics.json's solver section.</summary>
public static class SolverSummaries
{
    /// <summary>
    /// The worst status over the levels, the run's seconds, and the largest gap of any level (a plan is
    /// only as proven as its least proven level).
    /// </summary>
    public static SolverSummary From(PlanOutcome outcome, double seconds)
    {
        var levels = outcome.Levels
            .Select(l => new SolverLevel(l.Name, l.Status, l.Objective, l.Bound, l.Gap, l.Seconds))
            .ToList();
        var status = outcome.Status == PlanStatus.Optimal ? SolverSummary.Optimal : SolverSummary.Feasible;
        var gap = levels.Count == 0 ? 0.0 : levels.Max(l => l.Gap);
        return new SolverSummary(status, seconds, gap, levels);
    }
}
