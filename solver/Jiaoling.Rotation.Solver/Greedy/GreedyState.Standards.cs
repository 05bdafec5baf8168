using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

internal sealed partial class GreedyState
{
    private Dictionary<(SchoolId, Stage, Indicator), (int Students, int Before, int Now)>? _counts;

    /// <summary>The teacher indicators per school × stage with students: counted before the plan and now.</summary>
    private Dictionary<(SchoolId, Stage, Indicator), (int Students, int Before, int Now)> Counts => _counts ??= BuildCounts();

    /// <summary>Per cell: students, the count keep_standards protects, and the count after the returns (where moves start).</summary>
    private Dictionary<(SchoolId, Stage, Indicator), (int Students, int Before, int Now)> BuildCounts()
    {
        var kept = ProtectedCounts.Of(County);
        return CountyMetrics.Stages
            .SelectMany(stage => StageIndicators.Measure(stage, County.Dataset.Schools, Posting.Of(County, County.Baseline)).Schools)
            .SelectMany(row => StageIndicators.All.Select(i =>
                (Key: (row.School, row.Stage, i), Value: (row.Students, kept[(row.School, row.Stage, i)], row.Count(i)))))
            .ToDictionary(x => x.Key, x => x.Value);
    }

    /// <summary>
    /// Whether the moves (each a teacher posted to a school, teaching a subject there) together keep every
    /// minimum a school meets before the plan (keep_standards), given the moves made so far.
    /// </summary>
    public bool KeepsStandards(params (Teacher Teacher, SchoolId To, Subject Subject)[] moves) =>
        Deltas(moves).All(kv => !Counts.TryGetValue(kv.Key, out var c)
            || KeepStandards.Allows(Policy, kv.Key.Item2, kv.Key.Item3, c.Students, c.Before, c.Now + kv.Value));

    /// <summary>Counts the moves into the indicators once they are made.</summary>
    private void CountMoves(params (Teacher Teacher, SchoolId To, Subject Subject)[] moves)
    {
        foreach (var (key, delta) in Deltas(moves))
        {
            if (Counts.TryGetValue(key, out var c))
            {
                Counts[key] = c with { Now = c.Now + delta };
            }
        }
    }

    private static Dictionary<(SchoolId, Stage, Indicator), int> Deltas(IEnumerable<(Teacher Teacher, SchoolId To, Subject Subject)> moves)
    {
        var deltas = new Dictionary<(SchoolId, Stage, Indicator), int>();
        foreach (var (t, to, subject) in moves)
        {
            foreach (var i in StageIndicators.All)
            {
                if (StageIndicators.Counts(i, t, t.Subject))
                {
                    deltas[(t.SchoolId, t.Stage, i)] = deltas.GetValueOrDefault((t.SchoolId, t.Stage, i)) - 1;
                }
                if (StageIndicators.Counts(i, t, subject))
                {
                    deltas[(to, t.Stage, i)] = deltas.GetValueOrDefault((to, t.Stage, i)) + 1;
                }
            }
        }
        return deltas;
    }
}
