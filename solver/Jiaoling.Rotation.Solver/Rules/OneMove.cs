using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A teacher has at most one transfer or principal move, never a transfer and itinerant teaching together, and at most one itinerant share per receiving school (rule <c>one_move</c>).
/// </summary>
/// <remarks>
/// Constraints: per pool, transfers + principal moves + itinerant teachers ≤ the pool's size (each teacher one
/// move, never transfer and itinerant together), and per itinerant teacher one row per receiving school.
/// </remarks>
public sealed class OneMove : IModelRule, IPlanCheck
{
    public string Id => RuleIds.OneMove;

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

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var rows in ctx.RowsByTeacher)
        {
            var t = ctx.County.Teachers[rows.Key];
            var moves = rows.Count(PlanCheckContext.IsMove);
            if (moves > 1)
            {
                yield return new Violation(Id, $"教师 {t.Id}（{t.Name}）有 {moves} 条交流轮岗或校长交流记录，至多 1 条。");
            }
            if (rows.Any(a => a.Kind == AssignmentKind.Return) && rows.Count() > 1)
            {
                yield return new Violation(Id, $"教师 {t.Id}（{t.Name}）期满返回，不应再有其他记录。");
            }
            var itinerant = rows.Where(a => a.Kind == AssignmentKind.Itinerant).ToList();
            if (itinerant.Count > 0 && rows.Any(a => a.Kind == AssignmentKind.Transfer))
            {
                yield return new Violation(Id, $"教师 {t.Id}（{t.Name}）同时有交流轮岗和走教记录。");
            }
            foreach (var repeated in itinerant.GroupBy(a => a.To).Where(g => g.Count() > 1))
            {
                yield return new Violation(Id,
                    $"教师 {t.Id}（{t.Name}）到学校 {repeated.Key} 有 {repeated.Count()} 条走教记录，每所学校至多 1 条。");
            }
        }
    }
}
