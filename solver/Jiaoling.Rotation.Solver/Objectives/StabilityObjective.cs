using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// Level <c>stability</c>, solved only when re-planning a reviewed plan: how many rows differ from the
/// previous plan — each of its rows not kept and each new row count one, and an itinerant row whose share
/// changed counts two (the old row goes, a new one comes), so the level is the size of the symmetric
/// difference of the two plans' rows. Pools hold teachers with the same previous rows (see <see cref="PoolBuilder"/>),
/// so a pool's previous row is kept as many times as the pool's option for it is taken.
/// </summary>
internal static class StabilityObjective
{
    public const string Name = "stability";

    public static LinearExpr Build(RotationModel m)
    {
        var previous = m.Previous ?? Plan.Empty;
        var rows = previous.Assignments.ToLookup(a => a.TeacherId);
        // Every previous row counts as removed until an option keeps it.
        var vars = new List<IntVar>();
        var costs = new List<long>();
        foreach (var o in m.Transfers)
        {
            var kept = rows[o.Pool.Sample.Id].Any(a => a is { Kind: AssignmentKind.Transfer } && a.To == o.To.Id && a.Subject == o.Subject);
            vars.Add(o.Count);
            costs.Add(kept ? -1 : 1);
        }
        foreach (var o in m.PrincipalMoves)
        {
            var kept = rows[o.Principal.Id].Any(a => a.Kind == AssignmentKind.Principal && a.To == o.To.Id);
            vars.Add(o.Used);
            costs.Add(kept ? -1 : 1);
        }
        foreach (var o in m.Itinerants)
        {
            var before = rows[o.Pool.Sample.Id]
                .FirstOrDefault(a => a.Kind == AssignmentKind.Itinerant && a.To == o.To.Id && a.Subject == o.Subject);
            vars.Add(o.Used);
            costs.Add(before is null ? 1 : -1);
            if (before is not null)
            {
                vars.Add(ShareChanged(m, o, (long)(before.Share * 10m)));
                costs.Add(2);
            }
        }
        return LinearExpr.WeightedSum(vars, costs) + previous.Assignments.Count;
    }

    /// <summary>True when the option is taken with another share than the previous row's.</summary>
    private static BoolVar ShareChanged(RotationModel m, ItinerantOption o, long tenths)
    {
        var changed = m.Cp.NewBoolVar($"share-changed[{o.Pool.Name}#{o.Slot}→{o.To.Id}:{o.Subject}]");
        var span = o.Tenths.Domain.Max() + tenths;
        m.Cp.Add(o.Tenths - tenths * o.Used <= span * changed);
        m.Cp.Add(tenths * o.Used - o.Tenths <= span * changed);
        return changed;
    }
}
