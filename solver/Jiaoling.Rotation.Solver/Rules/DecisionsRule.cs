using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Review decisions hold: require a move there, forbid any row there, or stay; a decision never overrides another rule (rule <c>decisions</c>).
/// </summary>
/// <remarks>
/// Filter: no row where a decision forbids it or for a teacher who stays (<see cref="DecisionIndex"/>, which
/// the model's candidates and the greedy planner share). Constraints: each <c>require</c>, the teacher's
/// transfer (a principal's principal move) to that school. When re-planning, each row every reviewer
/// approved is kept exactly (an itinerant row with its share), under the same rule id.
/// </remarks>
public sealed class DecisionsRule : IModelRule, IPlanCheck
{
    /// <summary>How an approved row is named as the scope of an explanation: <c>kept:T00012</c>.</summary>
    public const string KeptScope = "kept:";

    public string Id => RuleIds.Decisions;

    /// <summary>The row a <c>require</c> decision asks for: a principal move for a principal, else a transfer.</summary>
    public static AssignmentKind RequiredKind(Teacher t) => t.IsPrincipal ? AssignmentKind.Principal : AssignmentKind.Transfer;

    void IModelRule.Post(RotationModel m)
    {
        foreach (var (teacher, school) in m.Decisions.Required)
        {
            var pool = Individual(m, teacher);
            var moves = pool is null ? [] : m.MovesOf(pool).Where(mv => mv.School == school && mv.Kind != AssignmentKind.Itinerant);
            m.Guards.Enforce(m.Cp.Add(LinearExpr.Sum(moves.Select(mv => mv.Lit)) == 1), Id, teacher.Value);
        }
        // A return is not this plan's choice: every plan has it, approved or not.
        foreach (var row in (m.Revision?.ApprovedRows ?? []).Where(r => r.Kind != AssignmentKind.Return))
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

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var d in ctx.County.Dataset.Decisions)
        {
            if (!ctx.County.Teachers.TryGetValue(d.Teacher, out var t))
            {
                continue;
            }
            var rows = ctx.RowsByTeacher[t.Id].ToList();
            var who = $"教师 {t.Id}（{t.Name}）";
            var problem = d.Kind switch
            {
                DecisionKind.Require when !rows.Any(a => a.To == d.School && a.Kind == RequiredKind(t)) =>
                    $"复核决定必须{Codes.Kind.Label(RequiredKind(t))}到学校 {d.School}，计划中没有这条记录",
                DecisionKind.Forbid when rows.Any(a => a.To == d.School) =>
                    $"复核决定不得安排到学校 {d.School}，计划中却有到该校的记录",
                DecisionKind.Stay when rows.Count > 0 => $"复核决定留任，计划中却有 {rows.Count} 条记录",
                _ => null,
            };
            if (problem is not null)
            {
                yield return new Violation(Id, $"{who}{problem}。");
            }
        }
    }
}
