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
    /// Relative gap at which a level but the last counts as solved (default 0.01): it is held at the value
    /// reached and the time left goes to the next levels. 0 solves every level to proven optimality.
    /// </summary>
    public double LevelGapLimit { get; init; } = 0.01;

    /// <summary>
    /// Above this many candidate moves a level is solved by neighbourhood search (re-planning groups of
    /// nearby schools from the best plan, the first level's bound proven beside it) instead of one CP-SAT search of
    /// the whole model, which at 5 000 teachers and more spends its time on presolve and barely improves on the
    /// starting plan. Default 25 000 (a county of about 3 000 teachers).
    /// </summary>
    public int NeighbourhoodSearchAbove { get; init; } = 25_000;

    /// <summary>
    /// Above this many candidate moves the levels after the first are solved by neighbourhood search even where the
    /// first is solved whole (see <see cref="NeighbourhoodSearchAbove"/>). Measured with `plan` on the sample county
    /// (15 603 candidates, 60 s): solved whole, the standards level left 113–125 school × indicator pairs below their
    /// minimum and 9–13 schools meeting all three (five runs); searched by neighbourhoods, 107–108 and 14–16 (three
    /// runs). Default 10 000 (a county of about 1 200 teachers); smaller counties keep whole solves, not measured against it.
    /// </summary>
    public int LaterLevelsNeighbourhoodSearchAbove { get; init; } = 10_000;

    /// <summary>
    /// From this many teachers the planner's start also serves schools full under their staff quota from hubs (a
    /// newcomer at a nearby school with room whose own teachers then teach the gap itinerantly). Default 8 000:
    /// at 10 000 and 20 000 teachers the neighbourhood search reaches few of these chains itself (10 000: 782.2 FTE
    /// unmet after 120 s with them, 796.3 without; 20 000: the start 1613.0 against 1663.4); at 5 000 it reached as
    /// much without them, and their rows weakened the first level's bound (proven within 2.4–2.5 % against 1.5 %).
    /// </summary>
    public int HubChainsFrom { get; init; } = 8_000;

    /// <summary>
    /// From this many teachers the planner's start also frees teachers whom keep_standards holds at home, each once a
    /// teacher from a town or urban school above its minimums replaces them. Default 3 000, where the neighbourhood
    /// search takes over: at 5 000 teachers unmet shortage ended 389.4–393.0 FTE in four runs against 394.6–394.7, the
    /// first level proven within 1.26–1.63 %; a county of 2 000 planned whole with one worker (a city's queue) ended
    /// 150.9 and 156.5 FTE within 3.96 % and 11 % against 153.7 within 1.76 %.
    /// </summary>
    public int StandardsReliefFrom { get; init; } = 3_000;
}
