namespace Jiaoling.Rotation.Solver;

/// <summary>How a planning run ended.</summary>
public enum PlanStatus
{
    /// <summary>Every objective level was solved to proven optimality.</summary>
    Optimal,

    /// <summary>A plan that obeys every rule was found, not proven optimal on every level.</summary>
    Feasible,

    /// <summary>The rules cannot all hold (exit 3); the outcome's explanation names them.</summary>
    Infeasible,

    /// <summary>No plan was found within the time limit and infeasibility was not proven (exit 4).</summary>
    NoSolutionInTime,
}
