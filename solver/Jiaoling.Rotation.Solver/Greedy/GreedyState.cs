using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// The plan the heuristic is building and what its rules need to know about it: supply, leavers and
/// headcount per school, each teacher's post and itinerant shares. Every move is tested against the
/// hard rules before it is applied, so the plan stays valid step by step; the tests are the rule classes'
/// filter members (Rules/*.cs), fed with the plan built so far.
/// </summary>
internal sealed partial class GreedyState
{
    private readonly List<Assignment> _rows = [];
    private readonly Dictionary<DemandKey, decimal> _supply;
    private readonly Dictionary<SchoolId, int> _leaving = new();
    private readonly Dictionary<SchoolId, int> _headcount;
    private readonly Dictionary<TeacherId, SchoolId> _posts = new();
    private readonly HashSet<TeacherId> _used = [];
    private readonly Dictionary<TeacherId, List<SchoolId>> _shares = new();
    private readonly Dictionary<TeacherId, decimal> _given = new();
    private readonly DecisionIndex _decisions;
    private readonly HashSet<TeacherId> _returning;

    public GreedyState(County county)
    {
        County = county;
        _supply = county.SupplyBaseline.ToDictionary(kv => kv.Key, kv => kv.Value);
        _headcount = county.Headcount.ToDictionary(kv => kv.Key, kv => kv.Value);
        _decisions = new DecisionIndex(county.Dataset.Decisions);
        _returning = county.Baseline.Assignments.Select(a => a.TeacherId).ToHashSet();
    }

    public County County { get; }
    public Policy Policy => County.Policy;
    public IReadOnlyList<Assignment> Rows => _rows;

    /// <summary>Teachers counted by the exchange ratio so far, and the backbone teachers among them.</summary>
    public int Rotated { get; private set; }
    public int BackboneRotated { get; private set; }

    /// <summary>Counted transfers so far between two schools of the same area type (what the direction floor caps).</summary>
    public int Sideways { get; private set; }

    /// <summary>The plan: the returns due, then the moves made.</summary>
    public Plan ToPlan() => new([.. County.Baseline.Assignments, .. _rows]);

    public bool IsFree(Teacher t) => !_used.Contains(t.Id) && !_decisions.Stays(t.Id) && !_returning.Contains(t.Id);

    public SchoolId PostOf(Teacher t) => _posts.GetValueOrDefault(t.Id, t.SchoolId);

    public decimal Unmet(DemandKey key) => Supply.Unmet(County.Required(key), _supply.GetValueOrDefault(key));

    /// <summary>FTE of the key that may leave without leaving it short beyond its shortage before the plan.</summary>
    public decimal Spare(DemandKey key) => NoNewShortage.Spare(County, key, _supply.GetValueOrDefault(key));

    /// <summary>Whether the teacher's whole post may leave home without a new shortage there.</summary>
    public bool CanSparePost(Teacher t) => NoNewShortage.AllowsWholePostLeaving(Spare(DemandKey.HomeOf(t)));

    public double Km(SchoolId from, SchoolId to) => County.Distances.Km(from, to);

    public bool CanLeave(SchoolId school) => OutflowCap.AllowsOneMoreLeaving(County, school, _leaving.GetValueOrDefault(school));

    public bool CanReceive(SchoolId school) => StaffQuota.AllowsOneMoreJoining(County, school, _headcount[school]);

    public bool Forbidden(Teacher t, SchoolId school) => _decisions.Forbids(t.Id, school);

    /// <summary>Whether the teacher posted at <paramref name="post"/> keeps the couples rule with the spouse's post.</summary>
    public bool CoupleOk(Teacher t, SchoolId post, Teacher? partnerMovingToo = null, SchoolId? partnerPost = null)
    {
        if (Couples.SpouseOf(County, t) is not { } spouse)
        {
            return true;
        }
        var spousePost = partnerMovingToo?.Id == spouse.Id ? partnerPost!.Value : PostOf(spouse);
        return Couples.AllowsPosts(County, t, post, spouse, spousePost);
    }
}
