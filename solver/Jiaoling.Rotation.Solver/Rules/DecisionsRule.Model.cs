using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Filters candidates (no row where a decision forbids it or for a teacher who stays) and posts each
/// <c>require</c>: the teacher's transfer (a principal's principal move) to that school.
/// </summary>
public sealed partial class DecisionsRule : IModelRule
{
    void IModelRule.Post(RotationModel m)
    {
        foreach (var (teacher, school) in m.Decisions.Required)
        {
            var pool = m.Pools.FirstOrDefault(p => p.IsIndividual && p.Sample.Id == teacher);
            var moves = pool is null ? [] : m.MovesOf(pool).Where(mv => mv.School == school && mv.Kind != AssignmentKind.Itinerant);
            m.Guards.Enforce(m.Cp.Add(LinearExpr.Sum(moves.Select(mv => mv.Lit)) == 1), Id, teacher.Value);
        }
    }
}
