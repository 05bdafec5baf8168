using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Import.Tables.SchoolColumns;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>Reads schools.csv: every school or teaching point, with the checks the contract asks of a row.</summary>
internal static class SchoolsTable
{
    public static SchoolIndex Read(TableView table)
    {
        var schools = new List<School>();
        var known = new HashSet<SchoolId>();
        var ids = new FirstLines<SchoolId>();
        var parents = new List<(RowReader Row, SchoolId Parent)>();
        foreach (var row in table.Rows())
        {
            var id = new SchoolId(row.Id(C.Id, required: true) ?? "");
            if (id.Value.Length > 0 && ids.Add(row, id, $"{C.Id.Display}“{id}”"))
            {
                known.Add(id);
            }
            var school = ReadSchool(row, id);
            if (school?.ParentSchoolId is { } parent)
            {
                parents.Add((row, parent));
            }
            if (school is not null && !row.Failed)
            {
                schools.Add(school);
            }
        }
        foreach (var (row, parent) in parents)
        {
            if (!known.Contains(parent))
            {
                row.Error(C.ParentSchoolId, $"{C.ParentSchoolId.Display}“{parent}”不在 schools 表中");
            }
        }
        return new SchoolIndex(schools, known);
    }

    private static School? ReadSchool(RowReader row, SchoolId id)
    {
        var name = row.Required(C.Name);
        var town = row.Required(C.Town);
        var area = row.Code(C.Area, Codes.Area, required: true);
        var level = row.Code(C.Level, Codes.Level, required: true);
        var teachingPoint = row.Bool(C.TeachingPoint);
        var parent = row.Id(C.ParentSchoolId) is { } p ? new SchoolId(p) : (SchoolId?)null;
        if (parent == id)
        {
            row.Error($"{C.ParentSchoolId.Display}“{parent}”是本校自己");
        }
        var primary = Enrolment(row, C.PrimaryStudents, C.PrimaryClasses);
        var junior = Enrolment(row, C.JuniorStudents, C.JuniorClasses);
        var specialNeeds = row.Count(C.SpecialNeedsStudents) ?? 0;
        var quota = row.Count(C.StaffQuota);
        var lat = row.Latitude(C.Lat, true);
        var lon = row.Longitude(C.Lon, true);
        if (area is null || level is null || lat is null || lon is null)
        {
            return null;
        }
        var school = new School
        {
            Id = id, Name = name, Town = town, Area = area.Value, Level = level.Value,
            TeachingPoint = teachingPoint, ParentSchoolId = parent,
            Weak = row.Bool(C.Weak), Boarding = row.Bool(C.Boarding),
            Primary = primary, Junior = junior, SpecialNeedsStudents = specialNeeds, StaffQuota = quota,
            Location = new GeoPoint(lat.Value, lon.Value), GroupId = row.Text(C.GroupId),
        };
        CheckStages(row, school);
        return school;
    }

    private static StageEnrolment Enrolment(RowReader row, Column students, Column classes)
    {
        var enrolment = new StageEnrolment(row.Count(students) ?? 0, row.Count(classes) ?? 0);
        if (enrolment is { Students: > 0, Classes: 0 })
        {
            row.Error($"{students.Display}为 {enrolment.Students}，但{classes.Display}为 0：有学生就须有班级");
        }
        return enrolment;
    }

    private static void CheckStages(RowReader row, School school)
    {
        foreach (var stage in new[] { Stage.Primary, Stage.Junior })
        {
            var enrolment = school.Enrolment(stage);
            if (!school.HasStage(stage) && (enrolment.Students > 0 || enrolment.Classes > 0))
            {
                row.Error($"学段类型为 {Codes.Level.Code(school.Level)}（{Codes.Level.Label(school.Level)}）的学校" +
                          $"没有{Codes.Stage.Label(stage)}学段，{Codes.Stage.Label(stage)}在校生数和班级数应为 0" +
                          $"（现为 {enrolment.Students} 和 {enrolment.Classes}）");
            }
        }
    }
}
