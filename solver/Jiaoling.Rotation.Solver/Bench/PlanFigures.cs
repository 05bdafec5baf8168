using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// What the benchmark compares of one plan: unmet shortage-subject FTE, the six indicator CVs after the
/// plan (stage.indicator → CV, null when the county value is 0), the kilometres moved (the distance of every
/// transfer and principal row between the two schools, plus every itinerant row's trip), rows, the
/// rules it breaks, and the seconds it took.
/// </summary>
public sealed record PlanFigures(
    decimal ShortageFte,
    IReadOnlyDictionary<string, double?> Cvs,
    double TotalKm,
    int Rows,
    IReadOnlyList<string> BrokenRules,
    double Seconds)
{
    /// <summary>The sum of the six CVs, those that are defined; lower is a more balanced county.</summary>
    public double CvSum => Cvs.Values.Sum(cv => cv ?? 0);

    public static PlanFigures Of(County county, Plan plan, double seconds)
    {
        var metrics = CountyMetrics.Measure(county, plan);
        var cvs = new Dictionary<string, double?>();
        foreach (var stage in CountyMetrics.Stages)
        {
            foreach (var indicator in StageIndicators.All)
            {
                cvs[CvKey(stage, indicator)] = metrics.Indicators[stage][indicator].Cv;
            }
        }
        var km = plan.Assignments.Sum(a => county.Distances.Km(a.From, a.To));
        var broken = PlanChecker.Check(county, plan).Select(v => v.RuleId).Distinct().ToList();
        return new PlanFigures(metrics.ShortageFte, cvs, km, plan.Assignments.Count, broken, seconds);
    }

    /// <summary>The key of one CV, e.g. <c>primary.qualified_per_100</c>.</summary>
    public static string CvKey(Stage stage, Indicator indicator) =>
        $"{Codes.Stage.Code(stage)}.{indicator switch
        {
            Indicator.QualifiedPer100 => "qualified_per_100",
            Indicator.BackbonePer100 => "backbone_per_100",
            _ => "pe_art_per_100",
        }}";
}
