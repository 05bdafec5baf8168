using Google.OrTools.Sat;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Posts, per pool, transfers + principal moves + itinerant teachers ≤ the pool's size (each teacher one
/// move, never transfer and itinerant together), and per itinerant teacher one row per receiving school.
/// </summary>
public sealed partial class OneMove : IModelRule
{
    void IModelRule.Post(RotationModel m)
    {
        var moves = new LinearSums<int>();
        foreach (var o in m.Transfers)
        {
            moves.Add(o.Pool.Index, o.Count, 1);
        }
        foreach (var o in m.PrincipalMoves)
        {
            moves.Add(o.Pool.Index, o.Used, 1);
        }
        foreach (var ((pool, _), used) in m.ItinerantTeachers)
        {
            moves.Add(pool, used, 1);
        }
        foreach (var pool in m.Pools.Where(p => moves.Has(p.Index)))
        {
            m.Cp.Add(moves.Sum(pool.Index) <= pool.Size);
        }
        foreach (var perSchool in m.Itinerants.GroupBy(o => (o.Pool.Index, o.Slot, o.To.Id)).Where(g => g.Count() > 1))
        {
            m.Cp.AddAtMostOne(perSchool.Select(o => (ILiteral)o.Used));
        }
    }
}
