using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Checking;

/// <summary>
/// A county and a plan, with what several rules need computed once: the rows that name a known teacher
/// and school (the others are <c>plan_format</c>'s business), each teacher's post after the plan, and
/// the people leaving and the headcount after, per school.
/// </summary>
public sealed class PlanCheckContext
{
    private readonly Dictionary<TeacherId, Assignment> _moves = new();

    public PlanCheckContext(County county, Plan plan)
    {
        County = county;
        Plan = plan;
        Rows = plan.Assignments
            .Where(a => county.Teachers.ContainsKey(a.TeacherId) && county.Schools.ContainsKey(a.To))
            .ToList();
        RowsByTeacher = Rows.ToLookup(a => a.TeacherId);
        foreach (var row in Rows.Where(IsMove))
        {
            _moves.TryAdd(row.TeacherId, row);
        }
        var leaving = new Dictionary<SchoolId, int>();
        var after = county.Headcount.ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var (id, move) in _moves)
        {
            var home = county.Teachers[id].SchoolId;
            if (move.To == home)
            {
                continue;
            }
            leaving[home] = leaving.GetValueOrDefault(home) + 1;
            after[home]--;
            after[move.To]++;
        }
        Leaving = leaving;
        HeadcountAfter = after;
    }

    public County County { get; }
    public Plan Plan { get; }
    public Policy Policy => County.Policy;

    /// <summary>The plan's rows whose teacher and receiving school are in the dataset.</summary>
    public IReadOnlyList<Assignment> Rows { get; }

    public ILookup<TeacherId, Assignment> RowsByTeacher { get; }

    /// <summary>Problems found while reading plan.csv (header, unknown kinds, unreadable cells): <c>plan_format</c> reports them.</summary>
    public IReadOnlyList<string> ReadProblems { get; init; } = [];

    /// <summary>People leaving each school by a transfer or principal row (distinct teachers).</summary>
    public IReadOnlyDictionary<SchoolId, int> Leaving { get; }

    /// <summary>Headcount of each school after the plan.</summary>
    public IReadOnlyDictionary<SchoolId, int> HeadcountAfter { get; }

    /// <summary>Whether the row moves the teacher's post: a transfer or a principal move.</summary>
    public static bool IsMove(Assignment a) => a.Kind is AssignmentKind.Transfer or AssignmentKind.Principal;

    public Teacher TeacherOf(Assignment a) => County.Teachers[a.TeacherId];

    public TeacherStatus StatusOf(TeacherId id) => County.Status[id];

    /// <summary>The teacher's first transfer or principal row, if any.</summary>
    public Assignment? MoveOf(TeacherId id) => _moves.GetValueOrDefault(id);

    /// <summary>Where the teacher is posted after the plan.</summary>
    public SchoolId PostAfter(Teacher t) => MoveOf(t.Id)?.To ?? t.SchoolId;

    public double Km(SchoolId from, SchoolId to) => County.Distances.Km(from, to);
}
