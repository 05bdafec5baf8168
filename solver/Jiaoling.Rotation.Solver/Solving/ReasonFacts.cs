using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// What the reasons of a finished plan are drawn from, measured once: unmet demand before the plan, the
/// per-school indicator rows before and after, which school × stage × subject sends teachers away, and
/// which schools end at their staff quota while receiving teachers.
/// </summary>
internal sealed class ReasonFacts
{
    private readonly Dictionary<(SchoolId, Stage), SchoolIndicators> _before;
    private readonly Dictionary<(SchoolId, Stage), SchoolIndicators> _after;

    public ReasonFacts(County county, Plan plan)
    {
        County = county;
        UnmetBefore = county.Unmet(county.SupplyBaseline);
        _before = Rows(county, county.Baseline);
        _after = Rows(county, plan);
        Departures = plan.Assignments
            .Where(a => a.Kind == AssignmentKind.Transfer && county.Teachers.ContainsKey(a.TeacherId))
            .Select(a => DemandKey.HomeOf(county.Teachers[a.TeacherId]))
            .ToHashSet();
        Lending = plan.Assignments
            .Where(a => a.Kind == AssignmentKind.Itinerant && county.Teachers.ContainsKey(a.TeacherId))
            .GroupBy(a => DemandKey.HomeOf(county.Teachers[a.TeacherId]))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SchoolId>)g.Select(a => a.To).Distinct().Order().ToList());
        var moves = new PlanCheckContext(county, plan);
        var arriving = moves.Rows.Where(a => a.Kind is AssignmentKind.Transfer or AssignmentKind.Principal).Select(a => a.To).ToHashSet();
        Full = county.Schools.Keys
            .Where(s => arriving.Contains(s) && StaffQuota.MaxHeadcount(county, s) is { } max && moves.HeadcountAfter[s] >= max)
            .ToHashSet();
        Rotation = RotationMetrics.Measure(county, plan);
        (RotatedTarget, BackboneTarget) = RotationMetrics.Targets(Rotation.Eligible, county.Policy);
    }

    public County County { get; }
    public IReadOnlyDictionary<DemandKey, decimal> UnmetBefore { get; }

    /// <summary>Keys whose teachers leave by transfer: an arrival there replaces one of them.</summary>
    public IReadOnlySet<DemandKey> Departures { get; }

    /// <summary>
    /// Schools that receive teachers and end at their staff quota: a teacher leaving them makes room for
    /// the arrivals (staying, the school would exceed it).
    /// </summary>
    public IReadOnlySet<SchoolId> Full { get; }

    /// <summary>Keys whose teachers teach elsewhere as itinerants, with the schools they teach at.</summary>
    public IReadOnlyDictionary<DemandKey, IReadOnlyList<SchoolId>> Lending { get; }

    public RotationMetrics Rotation { get; }
    public int RotatedTarget { get; }
    public int BackboneTarget { get; }

    public SchoolIndicators? Before(SchoolId school, Stage stage) => _before.GetValueOrDefault((school, stage));

    public SchoolIndicators? After(SchoolId school, Stage stage) => _after.GetValueOrDefault((school, stage));

    private static Dictionary<(SchoolId, Stage), SchoolIndicators> Rows(County county, Plan plan)
    {
        var postings = Posting.Of(county, plan);
        return CountyMetrics.Stages
            .SelectMany(stage => StageIndicators.Measure(stage, county.Dataset.Schools, postings).Schools)
            .ToDictionary(r => (r.School, r.Stage));
    }
}
