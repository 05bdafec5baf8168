using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Import.Tables.TeacherColumns;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>Reads teachers.csv: each teacher or principal, checked against the schools and each other.</summary>
internal static class TeachersTable
{
    public static TeacherIndex Read(TableView table, SchoolIndex schools)
    {
        var teachers = new List<Teacher>();
        var known = new HashSet<TeacherId>();
        var ids = new FirstLines<TeacherId>();
        var principals = new FirstLines<SchoolId>();
        var spouses = new SpouseLinks();
        foreach (var row in table.Rows())
        {
            var id = new TeacherId(row.Id(C.Id, required: true) ?? "");
            if (id.Value.Length > 0 && ids.Add(row, id, $"{C.Id.Display}“{id}”"))
            {
                known.Add(id);
                spouses.Add(row, id, row.Id(C.SpouseId) is { } s ? new TeacherId(s) : null);
            }
            var teacher = TeacherRow.Read(row, id);
            if (teacher is null)
            {
                continue;
            }
            CheckPost(row, teacher, schools, principals);
            if (!row.Failed)
            {
                teachers.Add(teacher);
            }
        }
        spouses.Check(known);
        return new TeacherIndex(teachers, known);
    }

    private static void CheckPost(RowReader row, Teacher teacher, SchoolIndex schools, FirstLines<SchoolId> principals)
    {
        schools.CheckKnown(row, C.SchoolId, teacher.SchoolId);
        schools.CheckStage(row, C.Stage, teacher.SchoolId, teacher.Stage);
        PostSchoolCheck.Check(row, teacher, schools);
        if (!teacher.IsPrincipal)
        {
            return;
        }
        if (teacher.RoleStartDate is null)
        {
            row.Error($"校长须填写{C.RoleStartDate.Display}");
        }
        principals.Add(row, teacher.SchoolId, $"学校“{teacher.SchoolId}”的校长（每校至多一名）");
    }
}
