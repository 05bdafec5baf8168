using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Posts, per couple and per place one spouse may end at, that the other spouse's places farther than
/// max(distance before, couple_max_km) are not taken. Spouses are individuals in the model.
/// </summary>
public sealed partial class Couples : IModelRule
{
    /// <summary>The farthest the spouses may be posted apart after the plan, km.</summary>
    public static double MaxKm(County county, Teacher a, Teacher b) =>
        Math.Max(county.Distances.Km(a.SchoolId, b.SchoolId), county.Policy.CoupleMaxKm);

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
}
