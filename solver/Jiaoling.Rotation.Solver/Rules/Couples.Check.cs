using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class Couples : IPlanCheck
{
    /// <summary>The spouse pairs both in the dataset, each once (lower id first).</summary>
    public static IEnumerable<(Teacher A, Teacher B)> Pairs(County county) => county.Dataset.Teachers
        .Where(t => t.SpouseId is { } s && s != t.Id && county.Teachers.ContainsKey(s))
        .Select(t => (t, county.Teachers[t.SpouseId!.Value]))
        .Select(p => p.t.Id.CompareTo(p.Item2.Id) < 0 ? (p.t, p.Item2) : (p.Item2, p.t))
        .DistinctBy(p => (p.Item1.Id, p.Item2.Id));

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
