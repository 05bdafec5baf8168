using Jiaoling.Rotation.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>Bulk-loads the tables of one dataset version with binary COPY.</summary>
internal static class DatasetCopy
{
    public static async Task SchoolsAsync(NpgsqlConnection conn, long versionId, IReadOnlyList<School> schools, CancellationToken ct)
    {
        await using var w = await conn.BeginBinaryImportAsync("""
            copy schools (version_id, ordinal, school_id, name, town, area, level, teaching_point, parent_school_id,
                weak, boarding, primary_students, primary_classes, junior_students, junior_classes,
                special_needs_students, staff_quota, lat, lon, group_id) from stdin (format binary)
            """, ct);
        for (var i = 0; i < schools.Count; i++)
        {
            var s = schools[i];
            await w.StartRowAsync(ct);
            await w.WriteAsync(versionId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(i, NpgsqlDbType.Integer, ct);
            await w.WriteTextAsync(s.Id.Value, ct);
            await w.WriteTextAsync(s.Name, ct);
            await w.WriteTextAsync(s.Town, ct);
            await w.WriteTextAsync(Codes.Area.Code(s.Area), ct);
            await w.WriteTextAsync(Codes.Level.Code(s.Level), ct);
            await w.WriteAsync(s.TeachingPoint, NpgsqlDbType.Boolean, ct);
            await w.WriteOrNullAsync(s.ParentSchoolId?.Value, ct);
            await w.WriteAsync(s.Weak, NpgsqlDbType.Boolean, ct);
            await w.WriteAsync(s.Boarding, NpgsqlDbType.Boolean, ct);
            await w.WriteAsync(s.Primary.Students, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.Primary.Classes, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.Junior.Students, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.Junior.Classes, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.SpecialNeedsStudents, NpgsqlDbType.Integer, ct);
            await w.WriteOrNullAsync(s.StaffQuota, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.Location.Lat, NpgsqlDbType.Double, ct);
            await w.WriteAsync(s.Location.Lon, NpgsqlDbType.Double, ct);
            await w.WriteOrNullAsync(s.GroupId, ct);
        }
        await w.CompleteAsync(ct);
    }

    public static async Task TeachersAsync(NpgsqlConnection conn, long versionId, IReadOnlyList<Teacher> teachers, CancellationToken ct)
    {
        await using var w = await conn.BeginBinaryImportAsync("""
            copy teachers (version_id, ordinal, teacher_id, name, id_number, gender, birth_date, retirement_date,
                school_id, stage, subject, other_subjects, title, backbone, education, staff_type, school_start_date,
                role, role_start_date, exemption, spouse_id, willing, needs_rural_service, last_rotation_end,
                home_lat, home_lon, post_school_id) from stdin (format binary)
            """, ct);
        for (var i = 0; i < teachers.Count; i++)
        {
            var t = teachers[i];
            await w.StartRowAsync(ct);
            await w.WriteAsync(versionId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(i, NpgsqlDbType.Integer, ct);
            await w.WriteTextAsync(t.Id.Value, ct);
            await w.WriteTextAsync(t.Name, ct);
            await w.WriteOrNullAsync(t.IdNumber, ct);
            await w.WriteTextAsync(Codes.Gender.Code(t.Gender), ct);
            await w.WriteAsync(t.BirthDate, NpgsqlDbType.Date, ct);
            await w.WriteOrNullAsync(t.RetirementDate, NpgsqlDbType.Date, ct);
            await w.WriteTextAsync(t.SchoolId.Value, ct);
            await w.WriteTextAsync(Codes.Stage.Code(t.Stage), ct);
            await w.WriteTextAsync(t.Subject.ToString(), ct);
            await w.WriteAsync(t.OtherSubjects.Select(s => s.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteTextAsync(Codes.Title.Code(t.Title), ct);
            await w.WriteTextAsync(Codes.Backbone.Code(t.Backbone), ct);
            await w.WriteTextAsync(Codes.Education.Code(t.Education), ct);
            await w.WriteTextAsync(Codes.StaffType.Code(t.StaffType), ct);
            await w.WriteAsync(t.SchoolStartDate, NpgsqlDbType.Date, ct);
            await w.WriteTextAsync(Codes.Role.Code(t.Role), ct);
            await w.WriteOrNullAsync(t.RoleStartDate, NpgsqlDbType.Date, ct);
            await w.WriteTextAsync(Codes.Exemption.Code(t.Exemption), ct);
            await w.WriteOrNullAsync(t.SpouseId?.Value, ct);
            await w.WriteTextAsync(Codes.Willing.Code(t.Willing), ct);
            await w.WriteAsync(t.NeedsRuralService, NpgsqlDbType.Boolean, ct);
            await w.WriteOrNullAsync(t.LastRotationEnd, NpgsqlDbType.Date, ct);
            await w.WriteOrNullAsync(t.Home?.Lat, NpgsqlDbType.Double, ct);
            await w.WriteOrNullAsync(t.Home?.Lon, NpgsqlDbType.Double, ct);
            await w.WriteOrNullAsync(t.PostSchoolId?.Value, ct);
        }
        await w.CompleteAsync(ct);
    }

    public static async Task DemandAsync(NpgsqlConnection conn, long versionId, IReadOnlyList<DemandEntry> demand, CancellationToken ct)
    {
        await using var w = await conn.BeginBinaryImportAsync(
            "copy demand (version_id, ordinal, school_id, stage, subject, required_fte) from stdin (format binary)", ct);
        for (var i = 0; i < demand.Count; i++)
        {
            var d = demand[i];
            await w.StartRowAsync(ct);
            await w.WriteAsync(versionId, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(i, NpgsqlDbType.Integer, ct);
            await w.WriteTextAsync(d.Key.School.Value, ct);
            await w.WriteTextAsync(Codes.Stage.Code(d.Key.Stage), ct);
            await w.WriteTextAsync(d.Key.Subject.ToString(), ct);
            await w.WriteAsync(d.RequiredFte, NpgsqlDbType.Numeric, ct);
        }
        await w.CompleteAsync(ct);
    }
}
