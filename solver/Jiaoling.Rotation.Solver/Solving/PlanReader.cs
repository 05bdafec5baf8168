using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// Turns a solution into plan rows. The model decides how many of a pool move where; the reader picks
/// which: for each move, in the order of target school and subject, the pool members still free whose
/// homes are nearest the new school (ties by teacher id). Itinerant slots are filled first the same way.
/// The rows' reasons are written last, from the whole plan (<see cref="Reasons"/>).
/// </summary>
internal sealed class PlanReader(RotationModel m, long[] solution)
{
    private readonly HashSet<TeacherId> _taken = [];
    private readonly List<Assignment> _rows = [];

    /// <summary>The plan with each row's reason.</summary>
    public Plan Read() => Reasons.Explain(m.County, Rows());

    /// <summary>The plan's rows without reasons: what progress reports measure, cheaper than <see cref="Read"/>.</summary>
    public Plan Rows()
    {
        foreach (var o in m.PrincipalMoves.Where(o => Value(o.Used) > 0))
        {
            _rows.Add(Row(o.Principal, AssignmentKind.Principal, o.To, null, 1m));
        }
        foreach (var slot in m.Itinerants.Where(o => Value(o.Used) > 0).GroupBy(o => (o.Pool.Index, o.Slot)))
        {
            var shares = slot.OrderBy(o => o.To.Id).ThenBy(o => o.Subject).ToList();
            var t = Pick(shares[0].Pool, shares[0].To, 1)[0];
            foreach (var o in shares)
            {
                _rows.Add(Row(t, AssignmentKind.Itinerant, o.To, o.Subject, Value(o.Tenths) / 10m));
            }
        }
        foreach (var o in m.Transfers.Where(o => Value(o.Count) > 0).OrderBy(o => o.Pool.Index).ThenBy(o => o.To.Id).ThenBy(o => o.Subject))
        {
            foreach (var t in Pick(o.Pool, o.To, (int)Value(o.Count)))
            {
                _rows.Add(Row(t, AssignmentKind.Transfer, o.To, o.Subject, 1m));
            }
        }
        _rows.AddRange(m.County.Baseline.Assignments);
        return new Plan(_rows.OrderBy(r => r.From).ThenBy(r => r.TeacherId).ThenBy(r => r.Kind).ThenBy(r => r.To).ToList());
    }

    private long Value(Google.OrTools.Sat.IntVar v) => solution[v.Index];

    private List<Teacher> Pick(TeacherPool pool, School to, int count)
    {
        var picked = pool.Members.Where(t => !_taken.Contains(t.Id))
            .OrderBy(t => (t.Home ?? m.SchoolOf(t.SchoolId).Location).KmTo(to.Location)).ThenBy(t => t.Id)
            .Take(count).ToList();
        if (picked.Count < count)
        {
            throw new InvalidOperationException($"Pool {pool.Name} has fewer free members than the solution moves.");
        }
        _taken.UnionWith(picked.Select(t => t.Id));
        return picked;
    }

    private Assignment Row(Teacher t, AssignmentKind kind, School to, Subject? subject, decimal share) =>
        Assignment.Of(t, kind, to.Id, subject, share, m.Policy, "");
}
