namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// The CP-SAT run of one benchmark instance: model size, time spent building the model, in presolve
/// (first level) and solving (all levels), the status and each objective level, and its plan's figures
/// (null when it found no plan).
/// </summary>
public sealed record SolverFigures(
    string Status,
    ModelStats Stats,
    double BuildSeconds,
    double SolveSeconds,
    IReadOnlyList<LevelResult> Levels,
    PlanFigures? Plan);
