using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// The model's view of the three teacher indicators: one <see cref="IndicatorCell"/> per school with
/// students in a stage and indicator, counted as metrics.json counts them (Domain's StageIndicators) and
/// changed by transfers and principal moves (itinerant teachers count at home). Built once per model; the
/// rule keep_standards and the standards, CV and balance levels read it.
/// </summary>
internal sealed class IndicatorCounts
{
    private IndicatorCounts(IReadOnlyList<IndicatorCell> cells) => Cells = cells;

    public IReadOnlyList<IndicatorCell> Cells { get; }

    /// <summary>The cells of one stage and indicator.</summary>
    public IEnumerable<IndicatorCell> Of(Stage stage, Indicator indicator) =>
        Cells.Where(c => c.Stage == stage && c.Indicator == indicator);

    public static IndicatorCounts Build(RotationModel m)
    {
        var postings = Posting.Of(m.County, m.County.Baseline);
        var protectedCounts = ProtectedCounts.Of(m.County);
        var cells = new Dictionary<(Stage, Indicator, SchoolId), IndicatorCell>();
        foreach (var stage in CountyMetrics.Stages)
        {
            var measured = StageIndicators.Measure(stage, m.County.Dataset.Schools, postings);
            foreach (var row in measured.Schools)
            {
                foreach (var indicator in StageIndicators.All)
                {
                    cells[(stage, indicator, row.School)] =
                        new IndicatorCell(stage, indicator, m.SchoolOf(row.School), row.Students, row.Count(indicator),
                            protectedCounts[(row.School, stage, indicator)]);
                }
            }
        }
        void Move(Teacher t, SchoolId to, Subject subject, Google.OrTools.Sat.IntVar v)
        {
            foreach (var indicator in StageIndicators.All)
            {
                if (StageIndicators.Counts(indicator, t, subject) && cells.TryGetValue((t.Stage, indicator, to), out var arrive))
                {
                    arrive.Add(v, 1);
                }
                if (StageIndicators.Counts(indicator, t, t.Subject) && cells.TryGetValue((t.Stage, indicator, t.SchoolId), out var leave))
                {
                    leave.Add(v, -1);
                }
            }
        }
        foreach (var o in m.Transfers)
        {
            Move(o.Pool.Sample, o.To.Id, o.Subject, o.Count);
        }
        foreach (var o in m.PrincipalMoves)
        {
            Move(o.Principal, o.To.Id, o.Principal.Subject, o.Used);
        }
        return new IndicatorCounts(cells.Values.ToList());
    }
}
