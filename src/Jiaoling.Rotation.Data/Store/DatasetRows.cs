using Jiaoling.Rotation.Domain;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>Reads the rows of one stored dataset version back into domain records, in import order.</summary>
internal static class DatasetRows
{
    public static async Task<List<School>> SchoolsAsync(NpgsqlConnection conn, long versionId, CancellationToken ct)
    {
        await using var cmd = Sql.Command(conn, null, """
            select school_id, name, town, area, level, teaching_point, parent_school_id, weak, boarding,
                   primary_students, primary_classes, junior_students, junior_classes, special_needs_students,
                   staff_quota, lat, lon, group_id
            from schools where version_id = @v order by ordinal
            """, ("v", versionId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<School>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new School
            {
                Id = new SchoolId(r.GetString(0)),
                Name = r.GetString(1),
                Town = r.GetString(2),
                Area = StoredCode.Parse(Codes.Area, r.GetString(3), "schools.area"),
                Level = StoredCode.Parse(Codes.Level, r.GetString(4), "schools.level"),
                TeachingPoint = r.GetBoolean(5),
                ParentSchoolId = r.NullableString(6) is { } parent ? new SchoolId(parent) : null,
                Weak = r.GetBoolean(7),
                Boarding = r.GetBoolean(8),
                Primary = new StageEnrolment(r.GetInt32(9), r.GetInt32(10)),
                Junior = new StageEnrolment(r.GetInt32(11), r.GetInt32(12)),
                SpecialNeedsStudents = r.GetInt32(13),
                StaffQuota = r.NullableStruct<int>(14),
                Location = new GeoPoint(r.GetDouble(15), r.GetDouble(16)),
                GroupId = r.NullableString(17),
            });
        }
        return list;
    }

    public static async Task<List<Teacher>> TeachersAsync(NpgsqlConnection conn, long versionId, CancellationToken ct)
    {
        await using var cmd = Sql.Command(conn, null, """
            select teacher_id, name, id_number, gender, birth_date, retirement_date, school_id, stage, subject,
                   other_subjects, title, backbone, education, staff_type, school_start_date, role, role_start_date,
                   exemption, spouse_id, willing, needs_rural_service, last_rotation_end, home_lat, home_lon,
                   post_school_id
            from teachers where version_id = @v order by ordinal
            """, ("v", versionId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<Teacher>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new Teacher
            {
                Id = new TeacherId(r.GetString(0)),
                Name = r.GetString(1),
                IdNumber = r.NullableString(2),
                Gender = StoredCode.Parse(Codes.Gender, r.GetString(3), "teachers.gender"),
                BirthDate = r.GetFieldValue<DateOnly>(4),
                RetirementDate = r.NullableStruct<DateOnly>(5),
                SchoolId = new SchoolId(r.GetString(6)),
                Stage = StoredCode.Parse(Codes.Stage, r.GetString(7), "teachers.stage"),
                Subject = StoredCode.Subject(r.GetString(8)),
                OtherSubjects = r.GetFieldValue<string[]>(9).Select(StoredCode.Subject).ToList(),
                Title = StoredCode.Parse(Codes.Title, r.GetString(10), "teachers.title"),
                Backbone = StoredCode.Parse(Codes.Backbone, r.GetString(11), "teachers.backbone"),
                Education = StoredCode.Parse(Codes.Education, r.GetString(12), "teachers.education"),
                StaffType = StoredCode.Parse(Codes.StaffType, r.GetString(13), "teachers.staff_type"),
                SchoolStartDate = r.GetFieldValue<DateOnly>(14),
                Role = StoredCode.Parse(Codes.Role, r.GetString(15), "teachers.role"),
                RoleStartDate = r.NullableStruct<DateOnly>(16),
                Exemption = StoredCode.Parse(Codes.Exemption, r.GetString(17), "teachers.exemption"),
                SpouseId = r.NullableString(18) is { } spouse ? new TeacherId(spouse) : null,
                Willing = StoredCode.Parse(Codes.Willing, r.GetString(19), "teachers.willing"),
                NeedsRuralService = r.GetBoolean(20),
                LastRotationEnd = r.NullableStruct<DateOnly>(21),
                Home = r.IsDBNull(22) ? null : new GeoPoint(r.GetDouble(22), r.GetDouble(23)),
                PostSchoolId = r.NullableString(24) is { } post ? new SchoolId(post) : null,
            });
        }
        return list;
    }
}
