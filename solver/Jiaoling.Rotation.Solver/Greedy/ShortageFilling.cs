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
        var qualified = s.County.Dataset.Teachers
            .Where(t => EligibilityRule.AllowsItinerant(t, s.County.Status[t.Id]))
            .SelectMany(t => SubjectMatch.Subjects(t).Select(subject => (t, subject)))
            .ToLookup(p => (p.t.Stage, p.subject), p => p.t);
        var deficits = s.County.Demand.Keys
            .Where(k => s.Unmet(k) > Tolerance.Value)
            .OrderByDescending(k => Codes.ShortageSubjects.Contains(k.Subject))
            .ThenByDescending(k => s.County.Schools[k.School].IsPriorityReceiver)
            .ThenByDescending(s.Unmet)
            .ThenBy(k => k.School).ThenBy(k => k.Stage).ThenBy(k => k.Subject)
            .ToList();
        foreach (var key in deficits)
        {
            ct.ThrowIfCancellationRequested();
            var nearest = qualified[(key.Stage, key.Subject)]
                .Where(t => t.SchoolId != key.School)
                .OrderBy(t => s.Km(t.SchoolId, key.School)).ThenBy(t => t.Id)
                .ToList();
            Fill(s, key, nearest);
        }
    }

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
