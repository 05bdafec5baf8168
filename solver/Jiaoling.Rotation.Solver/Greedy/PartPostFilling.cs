using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// The planner's start, not the baseline: after the greedy plan, a teacher who can still be spared goes whole to the
/// nearest shortage-subject gap of part of a post that itinerant shares left open (priority schools and larger gaps
/// first; a teaching point only for a whole post). The baseline fills part posts by shares alone, as HR does by
/// hand; a spare teacher sent for half a post is the optimiser's move, and at 20 000 teachers the neighbourhood
/// search reaches few of these far-apart pairs in its time.
/// </summary>
internal static class PartPostFilling
{
    /// <summary>Smallest gap a whole teacher is sent for.</summary>
    private const decimal MinGap = 0.3m;

    public static void Run(GreedyState s, CancellationToken ct)
    {
        var spare = ShortageFilling.BySubject(s, EligibilityRule.AllowsTransfer);
        var gaps = s.County.Demand.Keys.Where(k => Codes.ShortageSubjects.Contains(k.Subject) && s.Unmet(k) >= MinGap - Tolerance.Value);
        foreach (var key in ShortageFilling.InOrder(s, gaps))
        {
            ct.ThrowIfCancellationRequested();
            // Only this gap's unmet changes here: a teacher who can be spared leaves no gap at home.
            var unmet = s.Unmet(key);
            if (!TeachingPointIntake.TakesWholeTeacher(s.County.Schools[key.School], unmet))
            {
                continue;
            }
            var teacher = spare[(key.Stage, key.Subject)]
                .Where(t => t.SchoolId != key.School && s.CanTransfer(t, key.School, key.Subject))
                .MinBy(t => (s.Km(t.SchoolId, key.School), t.Id.Value));
            if (teacher is not null)
            {
                s.Transfer(teacher, key.School, key.Subject,
                    $"补充学校 {key.School} {Codes.Stage.Label(key.Stage)}{Codes.Subject.Label(key.Subject)}缺口（原缺 {unmet:0.0} 岗）。");
            }
        }
    }
}
