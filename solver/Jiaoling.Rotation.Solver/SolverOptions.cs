namespace Jiaoling.Rotation.Solver;

/// <summary>
/// How the planner searches: time, threads, seed, logging and how far it looks for like-for-like swaps.
/// </summary>
public sealed record SolverOptions
{
    /// <summary>Wall-clock limit for the whole run, all objective levels together (default 60 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>CP-SAT search workers (threads); default 2, the machine's cores.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Random seed of the search, so a run can be repeated.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Whether CP-SAT writes its search log to the console.</summary>
    public bool LogSearch { get; init; }

    /// <summary>
    /// How many of the nearest schools (with demand in the subject) a teacher may be swapped to like for
    /// like, when the move fills no gap (see <see cref="GapNeighbours"/> for moves that fill one). Larger
    /// values widen the search for the exchange ratio and balance at the cost of model size. Null (the
    /// default): 6 up to 3 000 teachers, fewer in larger counties (at least 2).
    /// </summary>
    public int? SwapNeighbours { get; init; }

    /// <summary>
    /// How many of the nearest schools short of a subject a teacher who can be spared may be sent to, per
    /// subject the teacher can teach. Null (the default): 12 up to 3 000 teachers, fewer in larger
    /// counties (at least 3).
    /// </summary>
    public int? GapNeighbours { get; init; }

    /// <summary>
    /// Further CP-SAT parameters in its text format (e.g. <c>linearization_level:2</c>), appended after the
    /// planner's own; for tuning on a county's data.
    /// </summary>
    public string? ExtraParameters { get; init; }

    /// <summary>
    /// Share of the time left that each objective level but the last may use (0–1, default 0.65). Measured:
    /// with 0.5 the 20 000-teacher shortage level ended no better than the greedy plan; with 0.65 it kept
    /// improving until its end, and the sample county's shortage gap fell below 2 %.
    /// </summary>
    public double LevelTimeShare { get; init; } = 0.65;

    /// <summary>
    /// Relative gap at which a level but the last counts as solved (default 0.01): it is held at the value
    /// reached and the time left goes to the next levels. 0 solves every level to proven optimality.
    /// </summary>
    public double LevelGapLimit { get; init; } = 0.01;

    /// <summary>
    /// Counties with more teachers than this cap each balance term, from the first level on, at its value
    /// before the plan or the greedy plan's (see Solving/BalanceCaps.cs); default 3,000 (5,000 and 20,000
    /// were measured with the caps, 1,000 and the 1,800-teacher sample without).
    /// </summary>
    public int BalanceCapsAbove { get; init; } = 3000;
}
