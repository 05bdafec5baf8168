using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Posts: each due principal leads exactly one other school; every school ends with at most one
/// principal, exactly one when it had one. Principals not due may move too, so cycles can close.
/// </summary>
public sealed partial class PrincipalRotation : IModelRule
{
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
}
