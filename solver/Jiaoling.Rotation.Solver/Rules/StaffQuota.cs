using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A school with an approved staff quota ends at most at max(quota, headcount before) (rule <c>staff_quota</c>).
/// </summary>
/// <remarks>
/// Constraints: per school with a quota that someone may join, headcount after ≤ <see cref="MaxHeadcount"/>.
/// </remarks>
public sealed class StaffQuota : IModelRule, IPlanCheck
{
    public string Id => RuleIds.StaffQuota;

    /// <summary>The largest headcount the school may end with, or null when it has no quota.</summary>
    public static int? MaxHeadcount(County county, SchoolId school) =>
        county.Schools[school].StaffQuota is { } quota ? Math.Max(quota, county.Headcount[school]) : null;

    /// <summary>Whether one more person may join the school, which has <paramref name="headcount"/> people now.</summary>
    public static bool AllowsOneMoreJoining(County county, SchoolId school, int headcount) =>
        MaxHeadcount(county, school) is not { } max || headcount + 1 <= max;

    void IModelRule.Post(RotationModel m)
    {
        foreach (var school in m.Inflow.Keys)
        {
            if (MaxHeadcount(m.County, school) is not { } max)
            {
                continue;
            }
            var after = m.County.Headcount[school] + m.Inflow.Sum(school) - m.Outflow.Sum(school);
            m.Guards.Enforce(m.Cp.Add(after <= max), Id, school.Value);
        }
    }

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var school in ctx.County.Schools.Values.OrderBy(s => s.Id))
        {
            if (school.StaffQuota is not { } quota)
            {
                continue;
            }
            var before = ctx.County.Headcount[school.Id];
            var after = ctx.HeadcountAfter[school.Id];
            if (after > Math.Max(quota, before))
            {
                yield return new Violation(Id,
                    $"学校 {school.Id} 调整后有 {after} 人，超过核定编制 {quota} 人（调整前 {before} 人）。");
            }
        }
    }
}
