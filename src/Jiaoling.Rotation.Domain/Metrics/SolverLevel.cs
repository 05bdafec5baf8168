namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// One objective level of a lexicographic solve as metrics.json reports it: its name, the solver
/// status ("optimal" or "feasible"), the objective and best bound found, the relative gap (0.01 = 1 %)
/// and the seconds spent.
/// </summary>
public sealed record SolverLevel(string Name, string Status, double Objective, double Bound, double Gap, double Seconds);
