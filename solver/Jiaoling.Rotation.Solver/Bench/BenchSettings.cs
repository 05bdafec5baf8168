using System.Globalization;

namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// How a benchmark runs: the instances — the county sizes (teachers) to generate, or, when
/// <see cref="Folders"/> is not empty, existing dataset folders instead — the CP-SAT time limit per
/// instance in seconds, the CP-SAT workers, and the seed of both the generator and the search.
/// </summary>
public sealed record BenchSettings(IReadOnlyList<int> Sizes, int TimeLimitSeconds, int Workers, int Seed)
{
    /// <summary>Dataset folders to measure as they are; when given, <see cref="Sizes"/> is not used.</summary>
    public IReadOnlyList<string> Folders { get; init; } = [];

    public SolverOptions SolverOptions => new()
    {
        TimeLimit = TimeSpan.FromSeconds(TimeLimitSeconds),
        Workers = Workers,
        Seed = Seed,
    };

    /// <summary>Settings of one instance each, in order, for a process of its own.</summary>
    public IEnumerable<BenchSettings> Instances() => Folders.Count > 0
        ? Folders.Select(folder => this with { Folders = [folder], Sizes = [] })
        : Sizes.Select(size => this with { Sizes = [size] });

    /// <summary>The name of the first instance: its folder's name, or 模拟县 and the size for a generated one.</summary>
    public string InstanceName => Folders.Count > 0
        ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Folders[0])))
        : $"模拟县 {Sizes[0].ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The options of the bench command line that measure exactly these instances.</summary>
    public IReadOnlyList<string> Arguments()
    {
        List<string> args = Folders.Count > 0
            ? ["--data", .. Folders]
            : ["--sizes", string.Join(",", Sizes.Select(s => s.ToString(CultureInfo.InvariantCulture)))];
        args.AddRange(["--time-limit", Invariant(TimeLimitSeconds), "--workers", Invariant(Workers), "--seed", Invariant(Seed)]);
        return args;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
