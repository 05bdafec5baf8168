using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class Couples : IPlanCheck
{
    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var (a, b) in Pairs(ctx.County))
        {
            var before = ctx.Km(a.SchoolId, b.SchoolId);
            var postA = ctx.PostAfter(a);
            var postB = ctx.PostAfter(b);
            var after = ctx.Km(postA, postB);
            var limit = MaxKm(ctx.County, a, b);
            if (!DistanceTable.Within(after, limit))
            {
                yield return new Violation(Id,
                    $"夫妻 {a.Id}（{a.Name}）与 {b.Id}（{b.Name}）调整后分别在学校 {postA} 和 {postB}，相距 {Fmt.Km(after)} 公里，超过 {Fmt.Km(limit)} 公里（调整前相距 {Fmt.Km(before)} 公里，上限 {Fmt.Km(ctx.Policy.CoupleMaxKm)} 公里）。");
            }
        }
    }
}
