using System.Globalization;
using System.Text;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>
/// The contract's CSV tables as text, header first, one row per record. Generated values never hold
/// commas, quotes or line breaks, so no cell needs quoting.
/// </summary>
internal static class ContractCsv
{
    public static string Schools(IEnumerable<School> schools) => Table(
        "school_id,name,town,area,level,teaching_point,parent_school_id,weak,boarding,primary_students,primary_classes,"
        + "junior_students,junior_classes,special_needs_students,staff_quota,lat,lon,group_id",
        schools.Select(s => Row(s.Id, s.Name, s.Town, Codes.Area.Code(s.Area), Codes.Level.Code(s.Level),
            Bool(s.TeachingPoint), s.ParentSchoolId, Bool(s.Weak), Bool(s.Boarding), s.Primary.Students, s.Primary.Classes,
            s.Junior.Students, s.Junior.Classes, s.SpecialNeedsStudents, s.StaffQuota, s.Location.Lat, s.Location.Lon,
            s.GroupId)));

    /// <summary>
    /// teachers.csv; the project's post_school_id column only when a teacher's post is held elsewhere, so that
    /// a county without rotations in progress keeps the contract's columns exactly.
    /// </summary>
    public static string Teachers(IReadOnlyList<Teacher> teachers)
    {
        var withPost = teachers.Any(t => t.PostSchoolId is not null);
        return Table(
            "teacher_id,name,id_number,gender,birth_date,retirement_date,school_id,stage,subject,other_subjects,title,"
            + "backbone,education,staff_type,school_start_date,role,role_start_date,exemption,spouse_id,willing,"
            + "needs_rural_service,last_rotation_end,home_lat,home_lon" + (withPost ? ",post_school_id" : ""),
            teachers.Select(t => Row(t.Id, t.Name, t.IdNumber, Codes.Gender.Code(t.Gender), t.BirthDate, t.RetirementDate,
                t.SchoolId, Codes.Stage.Code(t.Stage), Codes.Subject.Code(t.Subject),
                string.Join(';', t.OtherSubjects.Select(Codes.Subject.Code)), Codes.Title.Code(t.Title),
                Codes.Backbone.Code(t.Backbone), Codes.Education.Code(t.Education), Codes.StaffType.Code(t.StaffType),
                t.SchoolStartDate, Codes.Role.Code(t.Role), t.RoleStartDate, Codes.Exemption.Code(t.Exemption), t.SpouseId,
                Codes.Willing.Code(t.Willing), Bool(t.NeedsRuralService), t.LastRotationEnd, t.Home?.Lat, t.Home?.Lon)
                + (withPost ? "," + Cell(t.PostSchoolId) : "")));
    }

    public static string Demand(IEnumerable<DemandEntry> demand) => Table(
        "school_id,stage,subject,required_fte",
        demand.Select(d => Row(d.Key.School, Codes.Stage.Code(d.Key.Stage), Codes.Subject.Code(d.Key.Subject),
            d.RequiredFte.ToString("0.0", CultureInfo.InvariantCulture))));

    private static string Table(string header, IEnumerable<string> rows)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }
        return text.ToString();
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Row(params object?[] cells) => string.Join(',', cells.Select(Cell));

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("0.#####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
