using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>Posts, per school with a quota that someone may join, headcount after ≤ max(staff_quota, headcount before).</summary>
public sealed partial class StaffQuota : IModelRule
{
    /// <summary>The largest headcount the school may end with, or null when it has no quota.</summary>
    public static int? MaxHeadcount(County county, SchoolId school) =>
        county.Schools[school].StaffQuota is { } quota ? Math.Max(quota, county.Headcount[school]) : null;

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
}
