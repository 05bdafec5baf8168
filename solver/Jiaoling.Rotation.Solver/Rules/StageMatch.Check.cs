using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class StageMatch : IPlanCheck
{
    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var row in ctx.Rows)
        {
            var t = ctx.TeacherOf(row);
            var school = ctx.County.Schools[row.To];
            if (!school.HasStage(t.Stage))
            {
                yield return new Violation(Id,
                    $"教师 {t.Id}（{t.Name}）任教{Codes.Stage.Label(t.Stage)}，学校 {row.To} 是{Codes.Level.Label(school.Level)}，没有该学段。");
            }
        }
    }
}
