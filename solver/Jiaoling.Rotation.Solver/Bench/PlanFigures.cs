using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>
/// What the benchmark compares of one plan: unmet shortage-subject FTE, the six indicator CVs after the
/// plan (stage.indicator → CV, null when the county value is 0), the kilometres moved (the distance of every
/// transfer and principal row between the two schools, plus every itinerant row's trip), rows, the
/// rules it breaks, the seconds it took, and what issue 10 asks of a plan: the rotated teachers, the
/// shares of counted transfers toward rural and weak schools and sideways, the unwilling teachers moved,
/// the school × stage × indicator pairs meeting their minimum, the schools meeting all three, and the
/// summed shortfall (teachers); and the plan's value on each objective level (<see cref="Solving.LevelValues"/>), when
/// measured.
/// </summary>
public sealed record PlanFigures(
    decimal ShortageFte,
    IReadOnlyDictionary<string, double?> Cvs,
    double TotalKm,
    int Rows,
    IReadOnlyList<string> BrokenRules,
    double Seconds,
    int Rotated,
    double? TowardShare,
    double? SidewaysShare,
    int UnwillingMoved,
    int PairsMeeting,
    int AllThree,
    decimal Shortfall)
{
    /// <summary>The plan's value on each objective level, in the policy's order; null when not measured.</summary>
    public IReadOnlyList<Solving.LevelValue>? Levels { get; init; }

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
        var standards = metrics.Standards.Values.ToList();
        var r = metrics.Rotation;
        return new PlanFigures(metrics.ShortageFte, cvs, km, plan.Assignments.Count, broken, seconds,
            r.Rotated, r.Directions.TowardShare, r.Directions.SidewaysShare, r.UnwillingMoved,
            standards.Sum(s => s.Tallies.Values.Sum(t => t.Meeting)), standards.Sum(s => s.AllThree),
            standards.Sum(s => s.Tallies.Values.Sum(t => t.Shortfall)));
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
