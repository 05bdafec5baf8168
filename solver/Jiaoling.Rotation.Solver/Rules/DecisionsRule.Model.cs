using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Filters candidates (no row where a decision forbids it or for a teacher who stays) and posts each
/// <c>require</c>: the teacher's transfer (a principal's principal move) to that school. When re-planning,
/// each row every reviewer approved is kept exactly (an itinerant row with its share), under the same rule id.
/// </summary>
public sealed partial class DecisionsRule : IModelRule
{
    /// <summary>How an approved row is named as the scope of an explanation: <c>kept:T00012</c>.</summary>
    public const string KeptScope = "kept:";

    void IModelRule.Post(RotationModel m)
    {
        foreach (var (teacher, school) in m.Decisions.Required)
        {
            var pool = Individual(m, teacher);
            var moves = pool is null ? [] : m.MovesOf(pool).Where(mv => mv.School == school && mv.Kind != AssignmentKind.Itinerant);
            m.Guards.Enforce(m.Cp.Add(LinearExpr.Sum(moves.Select(mv => mv.Lit)) == 1), Id, teacher.Value);
        }
        foreach (var row in m.Revision?.ApprovedRows ?? [])
        {
            KeepApproved(m, row);
        }
    }

    private static void KeepApproved(RotationModel m, Assignment row)
    {
        var scope = KeptScope + row.TeacherId.Value;
        var pool = Individual(m, row.TeacherId);
        if (row.Kind != AssignmentKind.Itinerant)
        {
            var moves = pool is null ? [] : m.MovesOf(pool).Where(mv => mv.School == row.To && mv.Kind == row.Kind);
            m.Guards.Enforce(m.Cp.Add(LinearExpr.Sum(moves.Select(mv => mv.Lit)) == 1), RuleIds.Decisions, scope);
            return;
        }
        var shares = m.Itinerants.Where(o => o.Pool == pool && o.To.Id == row.To && o.Subject == row.Subject).ToList();
        m.Guards.Enforce(m.Cp.Add(LinearExpr.Sum(shares.Select(o => o.Used)) == 1), RuleIds.Decisions, scope);
        foreach (var o in shares)
        {
            m.Cp.Add(o.Tenths == (long)(row.Share * 10m)).OnlyEnforceIf(m.Guards.With(RuleIds.Decisions, scope, o.Used));
        }
    }

    private static TeacherPool? Individual(RotationModel m, TeacherId teacher) =>
        m.Pools.FirstOrDefault(p => p.IsIndividual && p.Sample.Id == teacher);
}
