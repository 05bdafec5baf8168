namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// How a benchmark runs: the county sizes (teachers) to generate, the CP-SAT time limit per instance in
/// seconds, the CP-SAT workers, and the seed of both the generator and the search.
/// </summary>
public sealed record BenchSettings(IReadOnlyList<int> Sizes, int TimeLimitSeconds, int Workers, int Seed)
{
    public SolverOptions SolverOptions => new()
    {
        TimeLimit = TimeSpan.FromSeconds(TimeLimitSeconds),
        Workers = Workers,
        Seed = Seed,
    };
}
