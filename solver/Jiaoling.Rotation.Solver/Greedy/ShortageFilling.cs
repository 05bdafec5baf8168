using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// Step 2 of the heuristic: fill unmet demand, shortage subjects first and priority schools (rural,
/// weak, teaching points) before others, each from the nearest teacher who can spare it — a whole
/// transfer while a whole post is missing, then itinerant shares for what remains.
/// </summary>
internal static class ShortageFilling
{
    public static void Run(GreedyState s, CancellationToken ct)
    {
        var qualified = BySubject(s, EligibilityRule.AllowsItinerant);
        foreach (var key in InOrder(s, s.County.Demand.Keys.Where(k => s.Unmet(k) > Tolerance.Value)))
        {
            ct.ThrowIfCancellationRequested();
            var nearest = qualified[(key.Stage, key.Subject)]
                .Where(t => t.SchoolId != key.School)
                .OrderBy(t => s.Km(t.SchoolId, key.School)).ThenBy(t => t.Id)
                .ToList();
            Fill(s, key, nearest);
        }
    }

    /// <summary>The teachers <paramref name="allows"/> lets move, by stage and each subject they may teach.</summary>
    public static ILookup<(Stage, Subject), Teacher> BySubject(GreedyState s, Func<Teacher, TeacherStatus, bool> allows) =>
        s.County.Dataset.Teachers
            .Where(t => allows(t, s.County.Status[t.Id]))
            .SelectMany(t => SubjectMatch.Subjects(t).Select(subject => (t, subject)))
            .ToLookup(p => (p.t.Stage, p.subject), p => p.t);

    /// <summary>The shortage-subject gaps of at least <paramref name="min"/> FTE, in the order they are filled.</summary>
    public static List<DemandKey> ShortageGaps(GreedyState s, decimal min) =>
        InOrder(s, s.County.Demand.Keys.Where(k => Codes.ShortageSubjects.Contains(k.Subject) && s.Unmet(k) >= min - Tolerance.Value));

    /// <summary>Gaps in the order they are filled: shortage subjects, then priority schools, then the larger gaps first.</summary>
    public static List<DemandKey> InOrder(GreedyState s, IEnumerable<DemandKey> keys) => keys
        .OrderByDescending(k => Codes.ShortageSubjects.Contains(k.Subject))
        .ThenByDescending(k => s.County.Schools[k.School].IsPriorityReceiver)
        .ThenByDescending(s.Unmet)
        .ThenBy(k => k.School).ThenBy(k => k.Stage).ThenBy(k => k.Subject)
        .ToList();

    private static void Fill(GreedyState s, DemandKey key, List<Teacher> nearest)
    {
        var label = $"补充学校 {key.School} {Codes.Stage.Label(key.Stage)}{Codes.Subject.Label(key.Subject)}缺口";
        foreach (var t in nearest)
        {
            if (s.Unmet(key) < 1m - Tolerance.Value)
            {
                break;
            }
            if (s.CanTransfer(t, key.School, key.Subject))
            {
                s.Transfer(t, key.School, key.Subject, label + "。");
            }
        }
        foreach (var t in nearest)
        {
            var unmet = s.Unmet(key);
            if (unmet <= Tolerance.Value)
            {
                break;
            }
            var share = Math.Min(ItinerantLimits.WholeTenthsCovering(unmet), s.ShareAllowed(t, key.School, key.Subject));
            if (share > 0m)
            {
                s.Itinerant(t, key.School, key.Subject, share, label + $"（走教 {share:0.0} 岗）。");
            }
        }
    }
}
