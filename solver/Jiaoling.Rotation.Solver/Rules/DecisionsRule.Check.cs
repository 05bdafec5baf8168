using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class DecisionsRule : IPlanCheck
{
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

    /// <summary>The row a <c>require</c> decision asks for: a principal move for a principal, else a transfer.</summary>
    public static AssignmentKind RequiredKind(Teacher t) => t.IsPrincipal ? AssignmentKind.Principal : AssignmentKind.Transfer;
}
