using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// Level <c>disruption</c>: per move (transfer, itinerant row, principal move) its weight, plus km from
/// the teacher's home to the new school, plus the unwilling penalty, minus credits for volunteers and for
/// teachers who need rural service sent to a rural or weak school. A pool's km is its members' mean.
/// </summary>
internal static class DisruptionObjective
{
    public const string Name = "disruption";

    public static long Cost(ObjectiveWeights w, Teacher t, School to, double km) =>
        w.DisruptionMove
        + w.DisruptionKm * (long)Math.Round(km)
        + (t.Willing == Willingness.No ? w.DisruptionUnwilling : 0)
        - (t.Willing == Willingness.Yes ? w.DisruptionVolunteer : 0)
        - (t.NeedsRuralService && (to.Area == Area.Rural || to.Weak) ? w.DisruptionRuralService : 0);

    public static LinearExpr Build(RotationModel m)
    {
        var w = m.Policy.Objectives;
        var vars = new List<IntVar>();
        var costs = new List<long>();
        foreach (var o in m.Transfers)
        {
            vars.Add(o.Count);
            costs.Add(Cost(w, o.Pool.Sample, o.To, o.Km));
        }
        foreach (var o in m.Itinerants)
        {
            vars.Add(o.Used);
            costs.Add(Cost(w, o.Pool.Sample, o.To, o.Km));
        }
        foreach (var o in m.PrincipalMoves)
        {
            vars.Add(o.Used);
            costs.Add(Cost(w, o.Principal, o.To, o.Km));
        }
        return LinearExpr.WeightedSum(vars, costs);
    }
}
