using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// The planner's start, not the baseline: after the greedy's steps, whole teachers go where the baseline sends none.
/// First, schools full under their staff quota that still lack a shortage subject are served from hubs; then part
/// posts that itinerant shares left open get a whole teacher. The baseline fills gaps as HR does by hand, nearest
/// spare teacher first and shares for the rest; these chains are the optimiser's moves, and at 20 000 teachers the
/// neighbourhood search reaches few of them in its time. Each teacher sent comes from <see cref="Newcomers"/>.
/// </summary>
internal static class StartFilling
{
    /// <summary>Smallest gap a teacher is sent for.</summary>
    private const decimal MinGap = 0.3m;

    /// <summary>Smallest gap a hub chain (a newcomer and two itinerant teachers) is made for.</summary>
    private const decimal MinHubGap = 0.5m;

    public static void Run(GreedyState s, SolverOptions options, CancellationToken ct)
    {
        var teachers = s.County.Dataset.Teachers.Count;
        var newcomers = new Newcomers(s, relieve: teachers >= options.StandardsReliefFrom);
        if (teachers >= options.HubChainsFrom)
        {
            Hubs(s, newcomers, ct);
        }
        PartPosts(s, newcomers, ct);
    }

    /// <summary>
    /// A full school's gap: a newcomer transfers to the nearest school within itinerant reach that has room (the
    /// hub), and the hub's own teachers of the subject teach the gap itinerantly, lending what the newcomer frees. A
    /// town's central school serves its full village schools so; the floor's relaxation
    /// (<c>Solving.ShortageFloor</c>) leans on these chains.
    /// </summary>
    private static void Hubs(GreedyState s, Newcomers newcomers, CancellationToken ct)
    {
        var lenders = s.County.Dataset.Teachers.Where(t => EligibilityRule.AllowsItinerant(t, s.County.Status[t.Id]))
            .OrderBy(t => t.Id).ToLookup(DemandKey.HomeOf);
        foreach (var key in ShortageFilling.ShortageGaps(s, MinHubGap).Where(k => !s.CanReceive(k.School)))
        {
            ct.ThrowIfCancellationRequested();
            var full = s.County.Schools[key.School];
            foreach (var hub in s.County.Dataset.Schools
                         .Where(h => s.CanReceive(h.Id) && ItinerantLimits.AllowsSchool(s.County, h, full))
                         .OrderBy(h => s.Km(h.Id, full.Id)).ThenBy(h => h.Id))
            {
                if (s.Unmet(key) < MinHubGap - Tolerance.Value)
                {
                    break;
                }
                var own = lenders[new DemandKey(hub.Id, key.Stage, key.Subject)].Where(s.IsFree).ToList();
                // Enough of them to lend a whole post (or the gap), each giving at most the largest share.
                if (own.Count * ItinerantLimits.ShareLeft(s.Policy, 0m) < Math.Min(1m, s.Unmet(key)) - Tolerance.Value)
                {
                    continue;
                }
                var newcomer = newcomers.Spared(hub.Id, key.Stage, key.Subject) ?? newcomers.ToppedUp(hub.Id, key.Stage, key.Subject, Label(key));
                if (newcomer is null)
                {
                    continue;
                }
                s.Transfer(newcomer, hub.Id, key.Subject, $"{Label(key)}：调入 {hub.Id}，由该校{Codes.Subject.Label(key.Subject)}教师走教。");
                foreach (var t in own.TakeWhile(_ => s.Unmet(key) > Tolerance.Value))
                {
                    var share = Math.Min(ItinerantLimits.WholeTenthsCovering(s.Unmet(key)), s.ShareAllowed(t, key.School, key.Subject));
                    if (share > 0m)
                    {
                        s.Itinerant(t, key.School, key.Subject, share, Label(key) + $"（走教 {share:0.0} 岗）。");
                    }
                }
            }
        }
    }

    /// <summary>
    /// A gap of part of a post left open at a school with room gets the nearest teacher who can be spared (priority
    /// schools and larger gaps first; a teaching point only for a whole post). Topping a teacher up at home for these
    /// gave nothing at 20 000 teachers (start 1678.4 FTE either way) and weakened the first level's bound.
    /// </summary>
    private static void PartPosts(GreedyState s, Newcomers newcomers, CancellationToken ct)
    {
        foreach (var key in ShortageFilling.ShortageGaps(s, MinGap))
        {
            ct.ThrowIfCancellationRequested();
            // Only this gap's unmet changes here: a teacher who can be spared leaves no gap at home.
            var unmet = s.Unmet(key);
            if (!TeachingPointIntake.TakesWholeTeacher(s.County.Schools[key.School], unmet))
            {
                continue;
            }
            var teacher = newcomers.Spared(key.School, key.Stage, key.Subject);
            if (teacher is not null)
            {
                s.Transfer(teacher, key.School, key.Subject, $"{Label(key)}（原缺 {unmet:0.0} 岗）。");
            }
        }
    }

    private static string Label(DemandKey key) =>
        $"补充学校 {key.School} {Codes.Stage.Label(key.Stage)}{Codes.Subject.Label(key.Subject)}缺口";
}
