using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// Level <c>shortage</c>: unmet demand in the shortage subjects (PSY, PE, MUS, ART, IT) and of resource
/// teachers (SPED, county plan item 10), and of the posts returning teachers leave, in tenths of an FTE, each school weighted by the policy: a base,
/// extras for rural, weak, teaching-point and boarding schools, and an extra per 500 students.
/// </summary>
internal static class ShortageObjective
{
    public const string Name = "shortage";

    /// <summary>Whether the level counts a subject's unmet demand: a shortage subject or SPED.</summary>
    public static bool Counts(Subject subject) => Codes.ShortageSubjects.Contains(subject) || subject == Subject.SPED;

    public static long Weight(ObjectiveWeights w, School s) =>
        w.ShortageBase
        + (s.Area == Area.Rural ? w.ShortageRural : 0)
        + (s.Weak ? w.ShortageWeak : 0)
        + (s.TeachingPoint ? w.ShortageTeachingPoint : 0)
        + (s.Boarding ? w.ShortageBoarding : 0)
        + (long)w.ShortagePer500Students * (s.Students / 500);

    /// <summary>
    /// Teachers arrive whole: with unmet U = 10q + r tenths (0 &lt; r &lt; 10), n net arrivals and t itinerant
    /// tenths received, unmet after ≥ r·(q + 1 − n) − t holds for every integer n (the mixed-integer
    /// rounding cut of unmet ≥ U − 10n − t). It stops the LP from covering a 0.3 gap with 0.03 of a
    /// teacher. Valid only where no itinerant tenths leave the key, so keys that give shares are skipped.
    /// </summary>
    private static void Strengthen(RotationModel m, DemandKey key, IntVar unmet, long shortBefore)
    {
        var r = shortBefore % 10;
        if (shortBefore <= 0 || r == 0 || m.SharesGiven.Contains(key))
        {
            return;
        }
        var q = shortBefore / 10;
        m.Cp.Add(unmet + r * m.TeacherChange.Sum(key) + m.ShareChange.Sum(key) >= r * (q + 1));
    }

    public static LinearExpr Build(RotationModel m)
    {
        var vars = new List<IntVar>();
        var weights = new List<long>();
        var constant = 0L;
        // The posts returning teachers leave are vacancies to fill, whatever the subject (issue 11: a rural school
        // should not fall back when its exchange teachers go home).
        var vacancies = m.County.Baseline.Assignments.Where(a => a.Subject is not null)
            .Select(a => new DemandKey(a.From, a.Stage, a.Subject!.Value)).ToHashSet();
        foreach (var key in m.County.Demand.Keys.Where(k => Counts(k.Subject) || vacancies.Contains(k)).OrderBy(k => k.ToString()))
        {
            var required = m.Demand.Required(key);
            var before = m.Demand.SupplyBefore(key);
            var weight = Weight(m.Policy.Objectives, m.SchoolOf(key.School));
            if (!m.SupplyChange.Has(key))
            {
                constant += weight * Math.Max(0, required - before);
                continue;
            }
            var unmet = m.Cp.NewIntVar(0, required, $"unmet[{key.School}:{key.Stage}:{key.Subject}]");
            m.Cp.Add(unmet + before + m.SupplyChange.Sum(key) >= required);
            Strengthen(m, key, unmet, required - before);
            vars.Add(unmet);
            weights.Add(weight);
        }
        return LinearExpr.WeightedSum(vars, weights) + constant;
    }
}
