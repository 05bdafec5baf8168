using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class MinBackboneShare : IPlanCheck
{
    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var rotated = RotationMetrics.RotatedTeachers(ctx.County, ctx.Plan);
        var backbone = rotated.Count(t => t.IsBackbone);
        var needed = ctx.Policy.MinBackboneShare * rotated.Count;
        if (backbone < needed - PlanCheckContext.Tolerance)
        {
            yield return new Violation(Id,
                $"交流轮岗教师 {rotated.Count} 人中骨干教师 {backbone} 人，少于 {rotated.Count} × {Fmt.Num(ctx.Policy.MinBackboneShare)} = {Fmt.Fte(needed)} 人。");
        }
    }
}
