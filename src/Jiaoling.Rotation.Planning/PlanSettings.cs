using Jiaoling.Rotation.Solver;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// Settings of one run: wall-clock time limit, CP-SAT workers and random seed; and, for a re-plan after
/// review, the revision: the previous plan, whose rows are kept wherever the rules and the policy levels
/// allow, and its approved teachers, whose rows are kept exactly.
/// </summary>
public sealed record PlanSettings(TimeSpan TimeLimit, int Workers, int Seed)
{
    public Revision? Revision { get; init; }
}
