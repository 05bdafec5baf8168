namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The teacher counts keep_standards protects, per school × stage × indicator: the lower of the count before
/// the plan and the count once the returns due are made. A host school need not keep the minimum a returning
/// teacher held up, and the post school need not keep the minimum its returning teacher lifts it to — its
/// colleague may go and fill the vacancy the return leaves. The same reading as
/// <see cref="County.SupplyProtected"/> for no_new_shortage.
/// </summary>
public static class ProtectedCounts
{
    public static IReadOnlyDictionary<(SchoolId School, Stage Stage, Indicator Indicator), int> Of(County county)
    {
        var after = Counts(county, county.Baseline);
        if (county.Baseline.Assignments.Count == 0)
        {
            return after;
        }
        var before = Counts(county, Plan.Empty);
        return after.ToDictionary(kv => kv.Key, kv => Math.Min(kv.Value, before.GetValueOrDefault(kv.Key, kv.Value)));
    }

    private static Dictionary<(SchoolId, Stage, Indicator), int> Counts(County county, Plan plan)
    {
        var postings = Posting.Of(county, plan);
        return CountyMetrics.Stages
            .SelectMany(stage => StageIndicators.Measure(stage, county.Dataset.Schools, postings).Schools)
            .SelectMany(row => StageIndicators.All.Select(i => (Key: (row.School, row.Stage, i), Count: row.Count(i))))
            .ToDictionary(x => x.Key, x => x.Count);
    }
}
