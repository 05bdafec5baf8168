using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Import.Tables.TeacherColumns;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// Checks a teacher on a rotation, whose post is held at another school (post_school_id): a known school
/// with the teacher's stage, a rotation that does not end before it began at the host school, and an end
/// date to plan with.
/// </summary>
internal static class PostSchoolCheck
{
    public static void Check(RowReader row, Teacher teacher, SchoolIndex schools)
    {
        if (teacher.PostSchoolId is not { } post)
        {
            return;
        }
        schools.CheckKnown(row, C.PostSchoolId, post);
        if (schools.ById.TryGetValue(post, out var school) && !school.HasStage(teacher.Stage))
        {
            row.Error(C.PostSchoolId, $"{C.PostSchoolId.Display}“{post}”的学段类型为 {Codes.Level.Code(school.Level)}" +
                                      $"（{Codes.Level.Label(school.Level)}），没有该教师任教的{Codes.Stage.Label(teacher.Stage)}学段");
        }
        if (teacher.LastRotationEnd is { } end && end < teacher.SchoolStartDate)
        {
            row.Error(C.LastRotationEnd, $"该教师人事关系在学校“{post}”、正在本校“{teacher.SchoolId}”交流，但上次交流结束日期 " +
                                         $"{ValueParsers.Iso(end)} 早于本校任教起始日期 {ValueParsers.Iso(teacher.SchoolStartDate)}" +
                                         $"（{C.LastRotationEnd.Name} < {C.SchoolStartDate.Name}）：交流不能在到本校任教之前结束；请核对这两个日期");
        }
        else if (teacher.LastRotationEnd is null)
        {
            row.Warn(C.LastRotationEnd, $"该教师人事关系在学校“{post}”、正在本校“{teacher.SchoolId}”交流，但未填写上次交流结束日期" +
                                        $"（{C.LastRotationEnd.Name}），系统只能视其为不在交流期内；请填写本次交流的结束（期满）日期",
                "rotation without end");
        }
    }
}
