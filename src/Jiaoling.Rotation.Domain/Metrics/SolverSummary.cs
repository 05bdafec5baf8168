namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The solver section of metrics.json: the worst status over the levels ("optimal" or "feasible"),
/// total seconds, the gap as a fraction (0.01 = 1 %), and each objective level.
/// </summary>
public sealed record SolverSummary(string Status, double Seconds, double Gap, IReadOnlyList<SolverLevel> Levels)
{
    public const string Optimal = "optimal";
    public const string Feasible = "feasible";
}
