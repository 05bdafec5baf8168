namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// A city benchmark: its counties planned through the queue by <see cref="Processes"/> worker processes, each
/// job with the time limit and CP-SAT workers given; the wall time from queueing to the last county done, beside
/// the sum of the jobs' own times (what planning them one after another on one worker takes); and each worker
/// process's peak resident memory.
/// </summary>
public sealed record CityReport(
    IReadOnlyList<CityCounty> Counties,
    int Processes,
    int TimeLimitSeconds,
    int WorkersPerJob,
    double WallSeconds,
    IReadOnlyList<long> PeakMemoryBytes)
{
    /// <summary>The seconds of the counties' jobs added up.</summary>
    public double SequentialSeconds => Counties.Sum(c => c.Seconds);
}
