using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class OneMove : IPlanCheck
{
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
