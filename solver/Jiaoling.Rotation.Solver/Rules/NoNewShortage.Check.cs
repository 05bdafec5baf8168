using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class NoNewShortage : IPlanCheck
{
    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var before = ctx.County.Unmet(ctx.County.SupplyBefore);
        var after = ctx.County.Unmet(Supply.Of(ctx.County.Dataset.Teachers, ctx.Plan));
        foreach (var (key, unmet) in after.OrderBy(kv => kv.Key.School).ThenBy(kv => kv.Key.Stage).ThenBy(kv => kv.Key.Subject))
        {
            var was = before.GetValueOrDefault(key);
            if (unmet > was + PlanCheckContext.Tolerance)
            {
                yield return new Violation(Id,
                    $"学校 {key.School} {Codes.Stage.Label(key.Stage)}{Codes.Subject.Label(key.Subject)}（{Codes.Subject.Code(key.Subject)}）缺口由 {Fmt.Fte(was)} 增至 {Fmt.Fte(unmet)}（需求 {Fmt.Fte(ctx.County.Required(key))}）。");
            }
        }
    }
}
