using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.App.Service;

/// <summary>
/// Settings of one run: wall-clock time limit, CP-SAT workers and random seed; and, for a re-plan after
/// review, the previous plan whose rows are kept wherever the rules and the policy levels allow.
/// </summary>
public sealed record PlanSettings(TimeSpan TimeLimit, int Workers, int Seed)
{
    public Plan? Previous { get; init; }
}
