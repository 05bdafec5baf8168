using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver;

/// <summary>
/// What a planning run produced: its status, the plan (empty unless Optimal or Feasible), the objective
/// levels, the Chinese explanation when the rules conflict (one sentence per rule, each starting with the
/// rule id), and the model's size.
/// </summary>
public sealed record PlanOutcome(
    PlanStatus Status,
    Plan Plan,
    IReadOnlyList<LevelResult> Levels,
    IReadOnlyList<string> Explanation,
    ModelStats Stats)
{
    /// <summary>Whether a plan obeying every rule was found.</summary>
    public bool HasPlan => Status is PlanStatus.Optimal or PlanStatus.Feasible;

    /// <summary>Total seconds over the levels.</summary>
    public double Seconds => Levels.Sum(l => l.Seconds);
}
