using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// Itinerant candidates: a pool with a surplus in its subject at home lends tenths of posts to nearby
/// schools short of a shortage subject the pool can teach. A pool gets one slot per teacher who could
/// give a tenth (at most its size and its surplus), and each slot an option per receiving school × subject.
/// </summary>
internal sealed partial class RotationModel
{
    private void AddItinerants(TeacherPool pool)
    {
        var t = pool.Sample;
        var home = SchoolOf(pool.Home);
        var surplus = Demand.SurplusBefore(new DemandKey(pool.Home, t.Stage, t.Subject));
        var max = ItinerantLimits.MaxTenths(Policy);
        if (surplus == 0 || max == 0)
        {
            return;
        }
        var targets = County.Dataset.Schools
            .Where(s => StageMatch.AllowsSchool(t, s) && ItinerantLimits.AllowsSchool(County, home, s)
                        && !(pool.IsIndividual && Decisions.Forbids(t.Id, s.Id)))
            .SelectMany(s => t.QualifiedSubjects
                .Where(j => Codes.ShortageSubjects.Contains(j) && SubjectMatch.AllowsSubject(t, j))
                .Select(j => (School: s, Subject: j, Unmet: Demand.UnmetBefore(new DemandKey(s.Id, t.Stage, j)))))
            .Where(x => x.Unmet > 0)
            .ToList();
        if (targets.Count == 0)
        {
            return;
        }
        var slots = (int)Math.Min(Math.Min(pool.Size, surplus), targets.Sum(x => x.Unmet));
        for (var slot = 0; slot < slots; slot++)
        {
            var who = $"{pool.Name}#{slot}";
            _itinerant[(pool.Index, slot)] = Cp.NewBoolVar($"itinerant[{who}]");
            foreach (var (school, subject, unmet) in targets)
            {
                var used = Cp.NewBoolVar($"share?[{who}→{school.Id}:{subject}]");
                var tenths = Cp.NewIntVar(0, Math.Min(max, unmet), $"share[{who}→{school.Id}:{subject}]");
                Itinerants.Add(new ItinerantOption(pool, slot, school, subject, used, tenths, MeanHomeKm(pool, school)));
                ChangeSupply(new DemandKey(pool.Home, t.Stage, t.Subject), tenths, 0, -1);
                ChangeSupply(new DemandKey(school.Id, t.Stage, subject), tenths, 0, 1);
            }
        }
    }
}
