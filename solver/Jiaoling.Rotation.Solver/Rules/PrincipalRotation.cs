using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A principal who has led the same school principal_max_years, not exempt and not near retirement, moves to lead another school; every school that had a principal still has exactly one (rule <c>principal_rotation</c>).
/// </summary>
/// <remarks>
/// Constraints: each due principal leads exactly one other school; every school ends with at most one
/// principal, exactly one when it had one. Principals not due may move too, so cycles can close.
/// </remarks>
public sealed class PrincipalRotation : IModelRule, IPlanCheck
{
    public string Id => RuleIds.PrincipalRotation;

    /// <summary>Whether the principal must rotate this year.</summary>
    public static bool IsDue(County county, Teacher principal) =>
        Eligibility.PrincipalDue(principal, county.Status[principal.Id], county.Policy);

    /// <summary>Whether the principal may be offered the school: another school with the principal's stage.</summary>
    public static bool AllowsSchool(Teacher principal, School school) =>
        principal.SchoolId != school.Id && StageMatch.AllowsSchool(principal, school);

    /// <summary>Schools that have a principal now.</summary>
    public static IReadOnlySet<SchoolId> Led(County county) =>
        county.Dataset.Teachers.Where(t => t.IsPrincipal).Select(t => t.SchoolId).ToHashSet();

    void IModelRule.Post(RotationModel m)
    {
        foreach (var pool in m.Pools.Where(p => p.Sample.IsPrincipal && IsDue(m.County, p.Sample)))
        {
            var moves = m.PrincipalMoves.Where(o => o.Pool == pool).Select(o => o.Used).ToList();
            m.Guards.Enforce(m.Cp.Add(LinearExpr.Sum(moves) == 1), Id, pool.Sample.Id.Value);
        }
        var led = Led(m.County);
        var leaving = m.PrincipalMoves.ToLookup(o => o.Principal.SchoolId);
        var arriving = m.PrincipalMoves.ToLookup(o => o.To.Id);
        foreach (var school in leaving.Select(g => g.Key).Union(arriving.Select(g => g.Key)))
        {
            var after = LinearExpr.Sum(arriving[school].Select(o => o.Used)) - LinearExpr.Sum(leaving[school].Select(o => o.Used));
            var had = led.Contains(school) ? 1 : 0;
            var rule = had == 1 ? m.Cp.Add(had + after == 1) : m.Cp.Add(after <= 1);
            m.Guards.Enforce(rule, Id, school.Value);
        }
    }

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var principals = ctx.County.Dataset.Teachers.Where(t => t.IsPrincipal).ToList();
        foreach (var t in principals.Where(t => IsDue(ctx.County, t)))
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
