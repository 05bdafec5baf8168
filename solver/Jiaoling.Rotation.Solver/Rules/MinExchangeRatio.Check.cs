using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class MinExchangeRatio : IPlanCheck
{
    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var rotation = RotationMetrics.Measure(ctx.County, ctx.Plan);
        var (rotated, eligible) = (rotation.Rotated, rotation.Eligible);
        var needed = ctx.Policy.MinExchangeRatio * eligible;
        if (rotated < needed - PlanCheckContext.Tolerance)
        {
            yield return new Violation(Id,
                $"交流轮岗教师 {rotated} 人，少于符合交流条件教师 {eligible} 人 × {Fmt.Num(ctx.Policy.MinExchangeRatio)} = {Fmt.Fte(needed)} 人。");
        }
    }
}
