using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class MaxTransferKm : IPlanCheck
{
    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var row in ctx.Rows.Where(PlanCheckContext.IsMove))
        {
            var t = ctx.TeacherOf(row);
            var km = ctx.Km(t.SchoolId, row.To);
            if (!DistanceTable.Within(km, ctx.Policy.MaxTransferKm))
            {
                yield return new Violation(Id,
                    $"教师 {t.Id}（{t.Name}）从学校 {t.SchoolId} 到学校 {row.To} 相距 {Fmt.Km(km)} 公里，超过 {Fmt.Km(ctx.Policy.MaxTransferKm)} 公里。");
            }
        }
    }
}
