using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A teacher only goes to a school that has the teacher's stage (rule <c>stage_match</c>).
/// </summary>
/// <remarks>
/// A filter only: the model offers only schools that have the teacher's stage, so it posts no constraint.
/// </remarks>
public sealed class StageMatch : IPlanCheck
{
    public string Id => RuleIds.StageMatch;

    /// <summary>Whether the school has the teacher's stage (a nine-year school has both).</summary>
    public static bool AllowsSchool(Teacher teacher, School school) => school.HasStage(teacher.Stage);

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var row in ctx.Rows)
        {
            var t = ctx.TeacherOf(row);
            var school = ctx.County.Schools[row.To];
            if (!AllowsSchool(t, school))
            {
                yield return new Violation(Id,
                    $"教师 {t.Id}（{t.Name}）任教{Codes.Stage.Label(t.Stage)}，学校 {row.To} 是{Codes.Level.Label(school.Level)}，没有该学段。");
            }
        }
    }
}
