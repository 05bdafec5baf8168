namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// One county of a city planned through the job queue: its name and size, the seconds its job took from
/// start to finish and the worker that ran it, the job's exit code, the objective levels of its run, and the
/// greedy baseline and the queued plan measured alike (the plan null when the job produced none).
/// </summary>
public sealed record CityCounty(
    string Name,
    int Teachers,
    double Seconds,
    string Host,
    int ExitCode,
    IReadOnlyList<LevelResult> Levels,
    PlanFigures Greedy,
    PlanFigures? Plan);
