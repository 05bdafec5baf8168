namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// One benchmark instance, measured in a process of its own: its name (the dataset folder's, or the
/// generated county's), its size, the county before any plan, the greedy baseline, the CP-SAT planner,
/// the floor no plan can go below on unmet shortage (<see cref="Solving.ShortageFloor"/>), and the process's
/// peak resident memory.
/// </summary>
public sealed record InstanceReport(
    string Name,
    int Teachers,
    int Schools,
    int Eligible,
    PlanFigures Before,
    PlanFigures Greedy,
    SolverFigures Solver,
    Solving.ShortageFloorResult Floor,
    long PeakMemoryBytes);
