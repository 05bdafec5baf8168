using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// Level <c>disruption</c>: what the plan costs the teachers and how well it keeps the county plan's
/// direction (item 19: urban and town teachers to rural and weak schools). Per transfer: a sideways move
/// (same area type, neither school weak) or one away from rural and weak schools costs extra; per person
/// who changes post, per itinerant teacher and row, per unwilling teacher, per teacher whose last rotation
/// ended within a term and per km a cost; volunteers and
/// teachers who need rural service sent to a rural or weak school earn a credit; per tenth of an FTE that a
/// school's subject receives beyond its need, a cost (<see cref="Surplus"/>). The counts are kept in
/// <see cref="DisruptionParts"/> so that the balance level after it moves nobody extra.
/// </summary>
internal static class DisruptionObjective
{
    public const string Name = "disruption";

    public static LinearExpr Build(RotationModel m) => Parts(m).Cost(m.Policy.Objectives);

    /// <summary>The counts of the moves, built once and kept on the model (the policy levels price moves with them).</summary>
    public static DisruptionParts Parts(RotationModel m) => m.Disruption ??= BuildParts(m);

    private static DisruptionParts BuildParts(RotationModel m)
    {
        var w = m.Policy.Objectives;
        var moved = new Sum(m, "moved");
        var itinerant = new Sum(m, "itinerant");
        var rows = new Sum(m, "itinerant-rows");
        var unwilling = new Sum(m, "unwilling");
        var recent = new Sum(m, "recent");
        var sideways = new Sum(m, "sideways");
        var away = new Sum(m, "away");
        var km = new Sum(m, "km");
        var credit = new Sum(m, "credit");
        void Person(IntVar v, Teacher t, School to, double kilometres)
        {
            km.Add(v, (long)Math.Round(kilometres));
            unwilling.Add(v, t.Willing == Willingness.No ? 1 : 0);
            recent.Add(v, RotatedRecently(t, m.Policy) ? 1 : 0);
            credit.Add(v, (t.Willing == Willingness.Yes ? w.DisruptionVolunteer : 0)
                          + (t.NeedsRuralService && (to.Area == Area.Rural || to.Weak) ? w.DisruptionRuralService : 0));
        }
        foreach (var o in m.Transfers)
        {
            var from = m.SchoolOf(o.Pool.Home);
            moved.Add(o.Count, 1);
            sideways.Add(o.Count, Directions.IsSideways(from, o.To) ? 1 : 0);
            away.Add(o.Count, !Directions.IsSideways(from, o.To) && !Directions.IsToward(from, o.To) ? 1 : 0);
            Person(o.Count, o.Pool.Sample, o.To, o.Km);
        }
        foreach (var o in m.PrincipalMoves)
        {
            moved.Add(o.Used, 1);
            Person(o.Used, o.Principal, o.To, o.Km);
        }
        foreach (var o in m.Itinerants)
        {
            rows.Add(o.Used, 1);
            km.Add(o.Used, (long)Math.Round(o.Km));
            credit.Add(o.Used, o.Pool.Sample.NeedsRuralService && (o.To.Area == Area.Rural || o.To.Weak) ? w.DisruptionRuralService : 0);
        }
        foreach (var ((pool, _), v) in m.ItinerantTeachers)
        {
            itinerant.Add(v, 1);
            unwilling.Add(v, m.Pools[pool].Sample.Willing == Willingness.No ? 1 : 0);
            recent.Add(v, RotatedRecently(m.Pools[pool].Sample, m.Policy) ? 1 : 0);
        }
        return new DisruptionParts(moved.Var(), itinerant.Var(), rows.Var(), unwilling.Var(), recent.Var(), sideways.Var(), away.Var(), km.Var(),
            new Lazy<IntVar>(() => Surplus(m)), credit.Var());
    }

    /// <summary>
    /// Tenths of an FTE the plan adds to school × stage × subject keys beyond the greater of their demand and
    /// their supply before the plan: a teacher sent where there is no post for them. Without it the exchange
    /// ratio's moves went to the nearest rural and weak school, whatever its size: on a generated county of
    /// 20 000 teachers, 48 teachers to a teaching point of 41 pupils that lacked 0.4 of a Chinese teacher.
    /// </summary>
    private static IntVar Surplus(RotationModel m)
    {
        var terms = new List<IntVar>();
        foreach (var key in m.SupplyChange.Keys.Where(m.SupplyChange.CanRise).OrderBy(k => k.ToString()))
        {
            // Room up to the greater of demand and supply before: the gap before the plan.
            var room = m.Demand.UnmetBefore(key);
            var most = m.SupplyChange.Most(key) - room;
            if (most <= 0)
            {
                continue;
            }
            var surplus = m.Cp.NewIntVar(0, most, $"surplus[{key.School}:{key.Stage}:{key.Subject}]");
            m.Cp.Add(surplus >= m.SupplyChange.Sum(key) - room);
            Strengthen(m, key, surplus, room);
            terms.Add(surplus);
        }
        var total = m.Cp.NewIntVar(0, terms.Sum(v => v.Domain.Max()), "disruption[surplus]");
        m.Cp.Add(total == LinearExpr.Sum(terms));
        return total;
    }

    /// <summary>
    /// Teachers arrive whole: with room R = 10q + r tenths (0 &lt; r &lt; 10) and n net arrivals, the surplus is at
    /// least (10 − r)·(n − q) for every integer n (the mixed-integer rounding cut of surplus ≥ 10n − R), so that
    /// the relaxation cannot send 0.4 of a teacher to a gap of 0.4. Valid where no itinerant tenths leave the key.
    /// </summary>
    private static void Strengthen(RotationModel m, DemandKey key, IntVar surplus, long room)
    {
        var r = room % 10;
        if (r == 0 || m.SharesGiven.Contains(key))
        {
            return;
        }
        m.Cp.Add(surplus >= (10 - r) * (m.TeacherChange.Sum(key) - room / 10));
    }

    /// <summary>
    /// Whether the teacher's last rotation ended within a term of the plan start: such a teacher is not picked
    /// again while colleagues who never went can serve (issue 11, fairness across years).
    /// </summary>
    public static bool RotatedRecently(Teacher t, Policy p) =>
        t.LastRotationEnd is { } end && end < p.PlanStartDate && DateMath.AddYears(end, p.TermYears) > p.PlanStartDate;

    /// <summary>A weighted count of move variables (coefficients ≥ 0), made an integer variable for <see cref="DisruptionParts"/>.</summary>
    private sealed class Sum(RotationModel m, string name)
    {
        private readonly List<(IntVar Var, long Coef)> _terms = [];

        public void Add(IntVar v, long coef)
        {
            if (coef != 0)
            {
                _terms.Add((v, coef));
            }
        }

        public IntVar Var()
        {
            var most = _terms.Sum(t => t.Coef * t.Var.Domain.Max());
            var v = m.Cp.NewIntVar(0, most, $"disruption[{name}]");
            m.Cp.Add(v == LinearExpr.WeightedSum(_terms.Select(t => t.Var), _terms.Select(t => t.Coef)));
            return v;
        }
    }
}
