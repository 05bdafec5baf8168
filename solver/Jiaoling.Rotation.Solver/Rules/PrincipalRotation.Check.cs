using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class PrincipalRotation : IPlanCheck
{
    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var principals = ctx.County.Dataset.Teachers.Where(t => t.IsPrincipal).ToList();
        foreach (var t in principals.Where(t => Eligibility.PrincipalDue(t, ctx.StatusOf(t.Id), ctx.Policy)))
        {
            var move = ctx.MoveOf(t.Id);
            if (move is not { Kind: AssignmentKind.Principal } || move.To == t.SchoolId)
            {
                yield return new Violation(Id,
                    $"校长 {t.Id}（{t.Name}）在学校 {t.SchoolId} 任职已满 {ctx.StatusOf(t.Id).YearsInRole} 年（上限 {ctx.Policy.PrincipalMaxYears} 年），计划中没有交流到其他学校任校长。");
            }
        }
        var before = principals.GroupBy(t => t.SchoolId).ToDictionary(g => g.Key, g => g.Count());
        var after = principals.GroupBy(ctx.PostAfter).ToDictionary(g => g.Key, g => g.Count());
        foreach (var school in ctx.County.Schools.Keys.Order())
        {
            var now = after.GetValueOrDefault(school);
            if (now > 1)
            {
                yield return new Violation(Id, $"学校 {school} 调整后有 {now} 名校长，至多 1 名。");
            }
            else if (now == 0 && before.ContainsKey(school))
            {
                yield return new Violation(Id, $"学校 {school} 原有校长，调整后没有校长。");
            }
        }
    }
}
