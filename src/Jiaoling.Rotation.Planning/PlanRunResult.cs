using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// What one planning run gave: the contract's exit code (0, 2, 3 or 4), the solver status (<c>optimal</c>,
/// <c>feasible</c>, <c>infeasible</c>, <c>unknown</c>), the plan, the solver figures, metrics.json as written,
/// and the message printed to stderr when no plan was written.
/// </summary>
public sealed record PlanRunResult
{
    public required int ExitCode { get; init; }
    public required string Status { get; init; }
    public Plan Plan { get; init; } = Plan.Empty;
    public double? SolverSeconds { get; init; }
    public double? Gap { get; init; }

    /// <summary>metrics.json's <c>solver.levels</c> as a JSON array.</summary>
    public string LevelsJson { get; init; } = "[]";
    public string? MetricsJson { get; init; }
    public string? Message { get; init; }

    /// <summary>The closing lines a console prints after a plan was written (<see cref="Terminal.RunSummary"/>).</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];
}
