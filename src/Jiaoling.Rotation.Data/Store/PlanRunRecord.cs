using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>
/// A finished planning run as stored: the contract's exit code and solver status, the solver's figures
/// (levels and metrics as the JSON of metrics.json), the settings, timings, the plan rows and the files
/// written to the output folder.
/// </summary>
public sealed record PlanRunRecord
{
    public required string County { get; init; }
    public required long VersionId { get; init; }
    public long? JobId { get; init; }
    public required int ExitCode { get; init; }

    /// <summary><c>optimal</c>, <c>feasible</c>, <c>infeasible</c> or <c>unknown</c>.</summary>
    public required string Status { get; init; }
    public double? SolverSeconds { get; init; }
    public double? Gap { get; init; }

    /// <summary>The solver levels as a JSON array (metrics.json's <c>solver.levels</c>), <c>[]</c> when none.</summary>
    public string LevelsJson { get; init; } = "[]";

    /// <summary>metrics.json as written, or null when no plan was written.</summary>
    public string? MetricsJson { get; init; }

    /// <summary>What the run said on stderr when it wrote no plan (Chinese).</summary>
    public string? Message { get; init; }
    public required double TimeLimitSeconds { get; init; }
    public required int Workers { get; init; }
    public required int Seed { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public required string CreatedBy { get; init; }
    public Plan Plan { get; init; } = Plan.Empty;
    public IReadOnlyList<RunFile> Files { get; init; } = [];
}
