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
/// teachers who need rural service sent to a rural or weak school earn a credit. The counts are kept in
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
            credit.Var());
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
