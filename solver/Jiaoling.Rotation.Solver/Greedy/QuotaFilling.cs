using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// Step 3 of the heuristic: reach the exchange ratio and the backbone share. Backbone teachers go first
/// while the share is short. Each candidate (urban first, longest at the school first) either moves as
/// surplus — to the nearest school short in a subject they teach, else the nearest rural or weak school,
/// else the nearest school, never to a teaching point that lacks no whole post they could fill — or trades
/// places with the nearest like-for-like teacher of another school.
/// </summary>
internal static class QuotaFilling
{
    public static void Run(GreedyState s, CancellationToken ct)
    {
        var needed = MinExchangeRatio.Required(s.County);
        var candidates = s.County.Dataset.Teachers
            .Where(t => EligibilityRule.AllowsTransfer(t, s.County.Status[t.Id]) && MinExchangeRatio.CountsTransferFrom(s.County, t.SchoolId))
            .OrderBy(t => s.County.Schools[t.SchoolId].Area)
            .ThenByDescending(t => s.County.Status[t.Id].YearsAtSchool)
            .ThenBy(t => t.Id)
            .ToList();
        var peers = s.County.Dataset.Teachers
            .Where(t => EligibilityRule.AllowsTransfer(t, s.County.Status[t.Id]))
            .ToLookup(t => (t.Stage, t.Subject));
        var schools = s.County.Schools.Values.OrderBy(x => x.Id).ToList();
        for (var round = 0; round < 3; round++)
        {
            foreach (var t in candidates.Where(t => t.IsBackbone))
            {
                ct.ThrowIfCancellationRequested();
                if (!BackboneShort(s, Math.Max(needed, s.Rotated)))
                {
                    break;
                }
                TryMove(s, t, schools, peers);
            }
            foreach (var t in candidates.Where(t => !t.IsBackbone))
            {
                ct.ThrowIfCancellationRequested();
                if (s.Rotated >= needed)
                {
                    break;
                }
                TryMove(s, t, schools, peers);
            }
            if (s.Rotated >= needed && !BackboneShort(s, s.Rotated))
            {
                return;
            }
        }
    }

    private static bool BackboneShort(GreedyState s, int rotated) => !MinBackboneShare.Holds(s.Policy, s.BackboneRotated, rotated);

    private static void TryMove(GreedyState s, Teacher t, List<School> schools, ILookup<(Stage, Subject), Teacher> peers)
    {
        if (!s.IsFree(t))
        {
            return;
        }
        var reason = t.IsBackbone ? "骨干教师交流轮岗，完成骨干教师比例。" : "交流轮岗，完成交流比例。";
        var spare = s.CanSparePost(t);
        var reachable = schools
            .Where(x => spare && s.CanTransfer(t, x.Id, t.Subject)
                        && SubjectMatch.Subjects(t).Any(sub => TeachingPointIntake.TakesWholeTeacher(x, s.Unmet(new DemandKey(x.Id, t.Stage, sub)))))
            .OrderBy(x => s.Km(t.SchoolId, x.Id))
            .ToList();
        var target = reachable.FirstOrDefault(x => SubjectMatch.Subjects(t).Any(sub => s.Unmet(new DemandKey(x.Id, t.Stage, sub)) > Tolerance.Value))
            ?? reachable.FirstOrDefault(x => x.IsPriorityReceiver)
            ?? reachable.FirstOrDefault();
        if (target is not null)
        {
            var subject = SubjectMatch.Subjects(t).MaxBy(sub => s.Unmet(new DemandKey(target.Id, t.Stage, sub)));
            s.Transfer(t, target.Id, subject, reason);
            return;
        }
        var partner = peers[(t.Stage, t.Subject)]
            .Where(p => s.CanSwap(t, p))
            .OrderByDescending(p => s.County.Schools[p.SchoolId].IsPriorityReceiver)
            .ThenBy(p => s.Km(t.SchoolId, p.SchoolId)).ThenBy(p => p.Id)
            .FirstOrDefault();
        if (partner is not null)
        {
            s.Swap(t, partner);
        }
    }
}
