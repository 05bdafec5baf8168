using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// Itinerant candidates: a pool with a surplus in its subject at home lends tenths of posts to nearby
/// schools short of a shortage subject the pool can teach. A pool gets one slot per teacher who could
/// give a tenth (at most its size and its surplus), and each slot an option per receiving school × subject.
/// The seed plan's itinerant teachers get slots and options too.
/// </summary>
internal sealed partial class RotationModel
{
    private readonly Dictionary<(SchoolId, Stage), List<School>> _itinerantReach = new();

    private void AddItinerants(TeacherPool pool)
    {
        var t = pool.Sample;
        var home = SchoolOf(pool.Home);
        var homeKey = new DemandKey(pool.Home, t.Stage, t.Subject);
        var surplus = Demand.SurplusBefore(homeKey);
        var max = ItinerantLimits.MaxTenths(Policy);
        var seeded = pool.Members.Select(mb => Seed[mb.Id].Where(a => a is { Kind: AssignmentKind.Itinerant, Subject: not null }).ToList())
            .Where(rows => rows.Count > 0).ToList();
        if ((surplus == 0 && seeded.Count == 0) || max == 0)
        {
            return;
        }
        if (!_itinerantReach.TryGetValue((pool.Home, t.Stage), out var reach))
        {
            reach = County.Dataset.Schools
                .Where(s => StageMatch.AllowsSchool(t, s) && ItinerantLimits.AllowsSchool(County, home, s)).ToList();
            _itinerantReach[(pool.Home, t.Stage)] = reach;
        }
        var targets = reach
            .Where(s => !(pool.IsIndividual && Decisions.Forbids(t.Id, s.Id)))
            .SelectMany(s => t.QualifiedSubjects
                .Where(j => Codes.ShortageSubjects.Contains(j) && SubjectMatch.AllowsSubject(t, j))
                .Select(j => (School: s, Subject: j, Unmet: Demand.UnmetBefore(new DemandKey(s.Id, t.Stage, j)))))
            .Where(x => x.Unmet > 0 && surplus > 0)
            .Select(x => (x.School, x.Subject, Max: Math.Min(max, x.Unmet)))
            .ToList();
        var slots = (int)Math.Min(Math.Min(pool.Size, surplus), targets.Sum(x => x.Max));
        foreach (var row in seeded.SelectMany(rows => rows).Where(r => reach.Any(s => s.Id == r.To)
                     && SubjectMatch.AllowsSubject(t, r.Subject!.Value) && !(pool.IsIndividual && Decisions.Forbids(t.Id, r.To))))
        {
            if (!targets.Any(x => x.School.Id == row.To && x.Subject == row.Subject))
            {
                targets.Add((SchoolOf(row.To), row.Subject!.Value, (long)max));
            }
        }
        slots = Math.Max(slots, seeded.Count);
        for (var slot = 0; slot < slots && targets.Count > 0; slot++)
        {
            var who = $"{pool.Name}#{slot}";
            _itinerant[(pool.Index, slot)] = Cp.NewBoolVar($"itinerant[{who}]");
            foreach (var (school, subject, most) in targets)
            {
                var used = Cp.NewBoolVar($"share?[{who}→{school.Id}:{subject}]");
                var tenths = Cp.NewIntVar(0, most, $"share[{who}→{school.Id}:{subject}]");
                Itinerants.Add(new ItinerantOption(pool, slot, school, subject, used, tenths, MeanHomeKm(pool, school)));
                ChangeSupply(homeKey, tenths, 0, -1);
                ChangeSupply(new DemandKey(school.Id, t.Stage, subject), tenths, 0, 1);
                SharesGiven.Add(homeKey);
            }
        }
    }
}
