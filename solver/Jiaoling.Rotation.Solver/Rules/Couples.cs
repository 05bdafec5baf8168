using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Spouses end at most max(their distance before, couple_max_km) apart (rule <c>couples</c>).
/// </summary>
/// <remarks>
/// Constraints: per couple and per place one spouse may end at, the other spouse's places farther than
/// <see cref="MaxKm"/> are not taken. Spouses are individuals in the model.
/// </remarks>
public sealed class Couples : IModelRule, IPlanCheck
{
    public string Id => RuleIds.Couples;

    /// <summary>The teacher's spouse when both are in the dataset, else null.</summary>
    public static Teacher? SpouseOf(County county, Teacher t) =>
        t.SpouseId is { } s && s != t.Id && county.Teachers.TryGetValue(s, out var spouse) ? spouse : null;

    /// <summary>The spouse pairs both in the dataset, each once (lower id first).</summary>
    public static IEnumerable<(Teacher A, Teacher B)> Pairs(County county) => county.Dataset.Teachers
        .Select(t => (t, Spouse: SpouseOf(county, t)))
        .Where(p => p.Spouse is not null)
        .Select(p => p.t.Id.CompareTo(p.Spouse!.Id) < 0 ? (p.t, p.Spouse!) : (p.Spouse!, p.t))
        .DistinctBy(p => (p.Item1.Id, p.Item2.Id));

    /// <summary>The farthest the spouses may be posted apart after the plan, km.</summary>
    public static double MaxKm(County county, Teacher a, Teacher b) =>
        Math.Max(county.Distances.Km(a.SchoolId, b.SchoolId), county.Policy.CoupleMaxKm);

    /// <summary>Whether the spouses may be posted at these schools.</summary>
    public static bool AllowsPosts(County county, Teacher a, SchoolId postA, Teacher b, SchoolId postB) =>
        DistanceTable.Within(county.Distances.Km(postA, postB), MaxKm(county, a, b));

    void IModelRule.Post(RotationModel m)
    {
        var pools = m.Pools.Where(p => p.IsIndividual).ToDictionary(p => p.Sample.Id);
        foreach (var (a, b) in Pairs(m.County))
        {
            var placesA = Places(m, a, pools.GetValueOrDefault(a.Id));
            var placesB = Places(m, b, pools.GetValueOrDefault(b.Id));
            if (placesA.Count == 1 && placesB.Count == 1)
            {
                continue;
            }
            var max = MaxKm(m.County, a, b);
            var scope = $"{a.Id}+{b.Id}";
            foreach (var (schoolA, litA) in placesA)
            {
                var far = placesB.Where(p => !DistanceTable.Within(m.Km(schoolA, p.School), max)).Select(p => p.Lit).ToList();
                if (far.Count > 0)
                {
                    m.Cp.Add(LinearExpr.Sum(far) == 0).OnlyEnforceIf(m.Guards.With(Id, scope, litA));
                }
            }
        }
    }

    /// <summary>Where the teacher may end: home (while making no move) or any school of a move.</summary>
    private static List<(SchoolId School, ILiteral Lit)> Places(RotationModel m, Teacher t, TeacherPool? pool)
    {
        var moves = pool is null ? [] : m.MovesOf(pool);
        if (moves.Count == 0)
        {
            return [(t.SchoolId, m.Cp.TrueLiteral())];
        }
        var stays = m.Cp.NewBoolVar($"stays[{t.Id}]");
        m.Cp.Add(LinearExpr.Sum(moves.Select(mv => mv.Lit)) + stays == 1);
        return [(t.SchoolId, stays), .. moves.Select(mv => (mv.School, (ILiteral)mv.Lit))];
    }

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
