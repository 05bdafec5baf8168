using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// The plan the heuristic is building and what its rules need to know about it: supply, leavers and
/// headcount per school, each teacher's post and itinerant shares. Every move is tested against the
/// hard rules before it is applied, so the plan stays valid step by step.
/// </summary>
internal sealed partial class GreedyState
{
    private const decimal Tolerance = 0.000001m;

    private readonly List<Assignment> _rows = [];
    private readonly Dictionary<DemandKey, decimal> _supply;
    private readonly Dictionary<SchoolId, int> _leaving = new();
    private readonly Dictionary<SchoolId, int> _headcount;
    private readonly Dictionary<TeacherId, SchoolId> _posts = new();
    private readonly HashSet<TeacherId> _used = [];
    private readonly Dictionary<TeacherId, List<SchoolId>> _shares = new();
    private readonly Dictionary<TeacherId, decimal> _given = new();
    private readonly HashSet<TeacherId> _stay;
    private readonly HashSet<(TeacherId, SchoolId)> _forbidden;

    public GreedyState(County county)
    {
        County = county;
        _supply = county.SupplyBefore.ToDictionary(kv => kv.Key, kv => kv.Value);
        _headcount = county.Headcount.ToDictionary(kv => kv.Key, kv => kv.Value);
        var decisions = county.Dataset.Decisions;
        _stay = decisions.Where(d => d.Kind == DecisionKind.Stay).Select(d => d.Teacher).ToHashSet();
        _forbidden = decisions.Where(d => d.Kind == DecisionKind.Forbid && d.School is not null)
            .Select(d => (d.Teacher, d.School!.Value)).ToHashSet();
    }

    public County County { get; }
    public Policy Policy => County.Policy;
    public IReadOnlyList<Assignment> Rows => _rows;

    /// <summary>Teachers counted by the exchange ratio so far, and the backbone teachers among them.</summary>
    public int Rotated { get; private set; }
    public int BackboneRotated { get; private set; }

    public Plan ToPlan() => new(_rows.ToList());

    public bool IsFree(Teacher t) => !_used.Contains(t.Id) && !_stay.Contains(t.Id);

    public SchoolId PostOf(Teacher t) => _posts.GetValueOrDefault(t.Id, t.SchoolId);

    public decimal Unmet(DemandKey key) => Supply.Unmet(County.Required(key), _supply.GetValueOrDefault(key));

    /// <summary>FTE of the key that may leave without leaving it short beyond its shortage before the plan.</summary>
    public decimal Spare(DemandKey key) =>
        _supply.GetValueOrDefault(key) - Math.Min(County.Required(key), County.SupplyBefore.GetValueOrDefault(key));

    public double Km(SchoolId from, SchoolId to) => County.Distances.Km(from, to);

    public bool CanLeave(SchoolId school) =>
        _leaving.GetValueOrDefault(school) < OutflowCap.MaxLeaving(County, school);

    public bool CanReceive(SchoolId school) =>
        County.Schools[school].StaffQuota is not { } quota
        || _headcount[school] + 1 <= Math.Max(quota, County.Headcount[school]);

    public bool Forbidden(Teacher t, SchoolId school) => _forbidden.Contains((t.Id, school));

    /// <summary>Whether the teacher posted at <paramref name="post"/> keeps the couples rule with the spouse's post.</summary>
    public bool CoupleOk(Teacher t, SchoolId post, Teacher? partnerMovingToo = null, SchoolId? partnerPost = null)
    {
        if (t.SpouseId is not { } sid || !County.Teachers.TryGetValue(sid, out var spouse))
        {
            return true;
        }
        var spousePost = partnerMovingToo?.Id == spouse.Id ? partnerPost!.Value : PostOf(spouse);
        return DistanceTable.Within(Km(post, spousePost), Couples.MaxKm(County, t, spouse));
    }
}
