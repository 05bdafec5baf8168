namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// The CP-SAT run of one benchmark instance: model size, the wall-clock seconds of the whole call (model
/// building, every level, any infeasibility explanation), the seconds in presolve (first level, from the
/// search log) and in the objective levels, the status and each level, and its plan's figures (null when
/// it found no plan).
/// </summary>
public sealed record SolverFigures(
    string Status,
    ModelStats Stats,
    double WallSeconds,
    double SolveSeconds,
    IReadOnlyList<LevelResult> Levels,
    PlanFigures? Plan);
