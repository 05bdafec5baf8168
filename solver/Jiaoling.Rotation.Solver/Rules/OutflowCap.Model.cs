using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>Posts, per school, transfers and principal moves out ≤ max(1, floor(max_outflow_ratio × headcount)).</summary>
public sealed partial class OutflowCap : IModelRule
{
    /// <summary>The most people who may leave the school by transfer or principal move.</summary>
    public static int MaxLeaving(County county, SchoolId school) => Cap(county.Headcount[school], county.Policy);

    void IModelRule.Post(RotationModel m)
    {
        foreach (var school in m.Outflow.Keys)
        {
            var cap = MaxLeaving(m.County, school);
            m.Guards.Enforce(m.Cp.Add(m.Outflow.Sum(school) <= cap), Id, school.Value);
        }
    }
}
