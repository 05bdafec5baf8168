using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver;

/// <summary>An improving solution: the level being solved, its objective and bound, seconds since the run began.</summary>
public sealed record SolverProgress(string Level, double Objective, double Bound, double ElapsedSeconds)
{
    /// <summary>The level's place among the levels of the run, from 0.</summary>
    public int LevelIndex { get; init; }

    /// <summary>How many levels the run solves.</summary>
    public int LevelCount { get; init; }

    /// <summary>Whether this is the level's last report: the solution the level ends with.</summary>
    public bool LevelDone { get; init; }

    /// <summary>
    /// The solution's plan rows (without reasons), so a console can say what the level has reached in the
    /// users' units: read at a level's first solution, at most once a second after, and at its end; else null.
    /// </summary>
    public Plan? Incumbent { get; init; }
}
