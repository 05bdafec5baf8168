using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Objectives;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// The CP-SAT model of one county: the pools, the candidate moves (the only decision variables) and the
/// sums the rules constrain — people leaving and arriving per school and supply change per demand key.
/// The rule classes post their constraints on it; the objective levels read it.
/// </summary>
internal sealed partial class RotationModel
{
    private readonly Dictionary<(int Pool, int Slot), BoolVar> _itinerant = new();

    /// <param name="county">The county to plan.</param>
    /// <param name="options">Search options (neighbourhood sizes).</param>
    /// <param name="explain">Whether rules are posted under enforcement literals, to explain infeasibility.</param>
    /// <param name="seed">A plan (the greedy one) whose transfers and principal moves become candidates too,
    /// so it can hint the search.</param>
    /// <param name="revision">The plan being revised, when re-planning: its rows are candidates as well,
    /// teachers are pooled only with teachers whose rows in it are the same, and approved teachers stay individuals.</param>
    public RotationModel(County county, SolverOptions options, bool explain, Plan? seed = null, Revision? revision = null)
    {
        Revision = revision;
        var previous = revision?.Previous;
        Seed = (seed ?? Plan.Empty).Assignments.Concat(previous?.Assignments ?? []).ToLookup(a => a.TeacherId);
        County = county;
        Options = options;
        Cp = new CpModel();
        Guards = new Guards(Cp, explain);
        Demand = new DemandView(county);
        Decisions = new DecisionIndex(county.Dataset.Decisions);
        Pools = PoolBuilder.Build(county, revision);
        Neighbours = NeighbourCounts.For(options, county.Teachers.Count);
        AddCandidates();
    }

    public County County { get; }

    /// <summary>The plan being revised and its approved teachers (re-planning after review), or null.</summary>
    public Revision? Revision { get; }

    /// <summary>The plan being revised, or null.</summary>
    public Plan? Previous => Revision?.Previous;

    /// <summary>The seed plan's and the previous plan's rows by teacher.</summary>
    public ILookup<TeacherId, Assignment> Seed { get; }
    public Policy Policy => County.Policy;
    public SolverOptions Options { get; }
    public CpModel Cp { get; }
    public Guards Guards { get; }
    public DemandView Demand { get; }
    public DecisionIndex Decisions { get; }
    public IReadOnlyList<TeacherPool> Pools { get; }

    /// <summary>How many nearest schools gap-filling and like-for-like moves are offered to.</summary>
    public NeighbourCounts Neighbours { get; }
    public List<TransferOption> Transfers { get; } = [];
    public List<ItinerantOption> Itinerants { get; } = [];
    public List<PrincipalOption> PrincipalMoves { get; } = [];

    /// <summary>People leaving each school by transfer or principal move.</summary>
    public LinearSums<SchoolId> Outflow { get; } = new();

    /// <summary>People arriving at each school by transfer or principal move.</summary>
    public LinearSums<SchoolId> Inflow { get; } = new();

    /// <summary>Change of supply per school × stage × subject, tenths of an FTE.</summary>
    public LinearSums<DemandKey> SupplyChange { get; } = new();

    /// <summary>Net teachers transferred in per school × stage × subject (arrivals − departures).</summary>
    public LinearSums<DemandKey> TeacherChange { get; } = new();

    /// <summary>Keys whose teachers may give itinerant tenths away.</summary>
    public HashSet<DemandKey> SharesGiven { get; } = [];

    /// <summary>Net itinerant tenths per school × stage × subject (received − given).</summary>
    public LinearSums<DemandKey> ShareChange { get; } = new();

    private void ChangeSupply(DemandKey key, Google.OrTools.Sat.IntVar v, long teachers, long tenths)
    {
        SupplyChange.Add(key, v, 10 * teachers + tenths);
        if (teachers != 0)
        {
            TeacherChange.Add(key, v, teachers);
        }
        if (tenths != 0)
        {
            ShareChange.Add(key, v, tenths);
        }
    }

    /// <summary>Whether the pool's slot-th itinerant teacher teaches anywhere.</summary>
    public IReadOnlyDictionary<(int Pool, int Slot), BoolVar> ItinerantTeachers => _itinerant;

    private IndicatorCounts? _indicators;

    /// <summary>The teacher indicators per school × stage and how the moves change them, built on first use.</summary>
    public IndicatorCounts Indicators => _indicators ??= IndicatorCounts.Build(this);

    /// <summary>Each priced level's measure without the price of its moves (what the levels after it hold).</summary>
    public Dictionary<string, IntVar> Measures { get; } = new();

    /// <summary>The disruption level's counts, once the level is built (the balance level holds them).</summary>
    public DisruptionParts? Disruption { get; set; }

    /// <summary>The squared CVs, built once: the cv level bounds their excess, the balance level sums them.</summary>
    public IReadOnlyList<CvTerm>? CvTerms { get; set; }

    public int CandidateCount => Transfers.Count + Itinerants.Count + PrincipalMoves.Count;

    public School SchoolOf(SchoolId id) => County.Schools[id];

    public double Km(SchoolId from, SchoolId to) => County.Distances.Km(from, to);
}
