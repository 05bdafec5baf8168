namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// Everything measured of a county under a plan: rotation counts, supply and unmet demand, the
/// shortage-subject FTE not met, the teacher indicators per stage with their per-school values, and how
/// the schools stand against the per-school minimums.
/// <see cref="Measure"/> with <see cref="Plan.Empty"/> gives the county before planning; the same code
/// measures after.
/// </summary>
public sealed record CountyMetrics(
    RotationMetrics Rotation,
    IReadOnlyDictionary<DemandKey, decimal> Supply,
    IReadOnlyDictionary<DemandKey, decimal> Unmet,
    IReadOnlyDictionary<Stage, StageIndicators> Indicators,
    IReadOnlyDictionary<Stage, StageStandards> Standards)
{
    /// <summary>Stages in the order the contract lists them.</summary>
    public static readonly IReadOnlyList<Stage> Stages = [Stage.Primary, Stage.Junior];

    /// <summary>Unmet demand summed over the shortage subjects (PSY, PE, MUS, ART, IT) at all schools.</summary>
    public decimal ShortageFte => Unmet.Where(kv => Codes.ShortageSubjects.Contains(kv.Key.Subject)).Sum(kv => kv.Value);

    /// <summary>Unmet demand per shortage subject, in the order of the subject codes.</summary>
    public IReadOnlyDictionary<Subject, decimal> ShortageFteBySubject => Codes.Subject.Values
        .Where(Codes.ShortageSubjects.Contains)
        .ToDictionary(s => s, s => Unmet.Where(kv => kv.Key.Subject == s).Sum(kv => kv.Value));

    /// <summary>
    /// FTE the plan adds to school × stage × subject keys beyond the greater of their demand and their supply before
    /// (after the returns due), summed: teachers sent where none is needed, what the disruption level's surplus counts.
    /// </summary>
    public decimal SurplusAddedFte { get; init; }

    public static CountyMetrics Measure(County county, Plan plan)
    {
        var supply = Domain.Supply.Of(county.Dataset.Teachers, plan);
        var postings = Posting.Of(county, plan);
        var indicators = Stages.ToDictionary(s => s, s => StageIndicators.Measure(s, county.Dataset.Schools, postings));
        return new CountyMetrics(
            RotationMetrics.Measure(county, plan),
            supply,
            county.Unmet(supply),
            indicators,
            indicators.ToDictionary(kv => kv.Key, kv => StageStandards.Measure(county.Policy, kv.Value)))
        {
            SurplusAddedFte = supply.Sum(kv => Math.Max(0m,
                kv.Value - Math.Max(county.Required(kv.Key), county.SupplyBaseline.GetValueOrDefault(kv.Key)))),
        };
    }
}
