using Jiaoling.Rotation.Planning.Terminal;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// A progress report of a planning run: the objective level being solved, its objective and bound (the
/// level's own units, for the store), the time spent; and, for a console, the step's place among the steps,
/// what the step has reached so far in the users' units, the time limit, and what the run does after solving.
/// </summary>
public sealed record PlanProgress(string? Level, double? Objective, double? Bound, TimeSpan Elapsed)
{
    /// <summary>The level's step, from 1; 0 before the first level reports.</summary>
    public int Step { get; init; }

    /// <summary>How many steps (objective levels) the run solves.</summary>
    public int Steps { get; init; }

    /// <summary>Whether the step has ended: <see cref="Changes"/> hold what it ends with.</summary>
    public bool StepDone { get; init; }

    /// <summary>The run's time limit: what is left of it is at most the time the run still takes to solve.</summary>
    public TimeSpan TimeLimit { get; init; }

    /// <summary>What the step measures, from the plan it started with to the best plan it has found.</summary>
    public IReadOnlyList<QuantityChange> Changes { get; init; } = [];

    /// <summary>After solving: what the run is doing (writing the documents, printing a PDF), in Chinese; else null.</summary>
    public string? Activity { get; init; }
}
