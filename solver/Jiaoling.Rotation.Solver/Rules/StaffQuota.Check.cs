using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class StaffQuota : IPlanCheck
{
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
