namespace Jiaoling.Rotation.Domain;

/// <summary>
/// A dataset indexed for planning and measuring: schools and teachers by id, each teacher's status, the
/// distance table, headcounts, and the demand in force (the county's, completed as the contract says,
/// or derived from norms).
/// </summary>
public sealed class County
{
    private County(Dataset dataset)
    {
        Dataset = dataset;
        Schools = dataset.Schools.ToDictionary(s => s.Id);
        Teachers = dataset.Teachers.ToDictionary(t => t.Id);
        Status = dataset.Teachers.ToDictionary(t => t.Id, t => Eligibility.Assess(t, Schools[t.SchoolId], Policy));
        Distances = new DistanceTable(Schools, dataset.Distances);
        var headcount = dataset.Schools.ToDictionary(s => s.Id, _ => 0);
        foreach (var t in dataset.Teachers)
        {
            headcount[t.SchoolId]++;
        }
        Headcount = headcount;
        SupplyBefore = Supply.Of(dataset.Teachers, Plan.Empty);
        Baseline = Returns.Due(this);
        SupplyBaseline = Baseline.Assignments.Count == 0 ? SupplyBefore : Supply.Of(dataset.Teachers, Baseline);
        SupplyProtected = Baseline.Assignments.Count == 0
            ? SupplyBefore
            : SupplyBefore.Keys.Union(SupplyBaseline.Keys)
                .ToDictionary(k => k, k => Math.Min(SupplyBefore.GetValueOrDefault(k), SupplyBaseline.GetValueOrDefault(k)));
        DemandDerived = dataset.Demand is null;
        DemandEntries = dataset.Demand ?? DemandDerivation.Complete(dataset.Schools, dataset.Teachers, Policy.DemandNorms);
        var demand = DemandEntries.ToDictionary(d => d.Key, d => d.RequiredFte);
        if (!DemandDerived)
        {
            foreach (var (key, fte) in SupplyBefore)
            {
                demand.TryAdd(key, fte);
            }
        }
        Demand = demand;
    }

    public Dataset Dataset { get; }
    public Policy Policy => Dataset.Policy;
    public IReadOnlyDictionary<SchoolId, School> Schools { get; }
    public IReadOnlyDictionary<TeacherId, Teacher> Teachers { get; }
    public IReadOnlyDictionary<TeacherId, TeacherStatus> Status { get; }
    public DistanceTable Distances { get; }
    public IReadOnlyDictionary<SchoolId, int> Headcount { get; }

    /// <summary>Supply before any plan.</summary>
    public IReadOnlyDictionary<DemandKey, decimal> SupplyBefore { get; }

    /// <summary>
    /// The returns due this year (<see cref="Returns"/>): the rows every plan of this county starts with. Empty
    /// for a dataset without post schools.
    /// </summary>
    public Plan Baseline { get; }

    /// <summary>
    /// Supply once the returns due are made: what the rules compare a plan with (no_new_shortage, keep_standards),
    /// since a return ends an earlier plan's rotation and is not this plan's doing. Equal to <see cref="SupplyBefore"/>
    /// when nobody returns.
    /// </summary>
    public IReadOnlyDictionary<DemandKey, decimal> SupplyBaseline { get; }

    /// <summary>
    /// The supply no_new_shortage protects: per key the lower of <see cref="SupplyBefore"/> and
    /// <see cref="SupplyBaseline"/>. A host school need not keep the teacher a return takes away, and a post
    /// school need not keep the teacher a return brings back, so the returner's colleague there may fill the
    /// vacancy the return leaves. Equal to <see cref="SupplyBefore"/> when nobody returns.
    /// </summary>
    public IReadOnlyDictionary<DemandKey, decimal> SupplyProtected { get; }

    /// <summary>Whether demand was derived from norms (and so must be written to the output folder).</summary>
    public bool DemandDerived { get; }

    /// <summary>The demand rows as given or derived (what demand.csv in the output folder holds).</summary>
    public IReadOnlyList<DemandEntry> DemandEntries { get; }

    /// <summary>Required FTE per key; a key absent here has demand 0.</summary>
    public IReadOnlyDictionary<DemandKey, decimal> Demand { get; }

    public static County Create(Dataset dataset) => new(dataset);

    public decimal Required(DemandKey key) => Demand.GetValueOrDefault(key);

    /// <summary>The supply the key must keep under no_new_shortage: min(required, protected supply).</summary>
    public decimal MustKeep(DemandKey key) => Math.Min(Required(key), SupplyProtected.GetValueOrDefault(key));

    /// <summary>Unmet demand per key for a supply table, over every key with demand.</summary>
    public Dictionary<DemandKey, decimal> Unmet(IReadOnlyDictionary<DemandKey, decimal> supply) =>
        Demand.ToDictionary(kv => kv.Key, kv => Supply.Unmet(kv.Value, supply.GetValueOrDefault(kv.Key)));
}
