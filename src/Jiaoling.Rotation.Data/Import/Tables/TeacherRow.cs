using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Import.Tables.TeacherColumns;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>Reads the values of one row of teachers.csv into a <see cref="Teacher"/>.</summary>
internal static class TeacherRow
{
    private static readonly char[] ListSeparators = [';', '；'];

    public static Teacher? Read(RowReader row, TeacherId id)
    {
        var name = row.Required(C.Name);
        var gender = row.Code(C.Gender, Codes.Gender, required: true);
        var birth = row.Date(C.BirthDate, required: true);
        var retirement = row.Date(C.RetirementDate);
        var school = row.Id(C.SchoolId, required: true) ?? "";
        var stage = row.Code(C.Stage, Codes.Stage, required: true);
        var subject = row.Code(C.Subject, Codes.Subject, required: true);
        var others = OtherSubjects(row);
        var title = row.Code(C.Title, Codes.Title, required: true, Respellings.Title);
        var backbone = row.Code(C.Backbone, Codes.Backbone, required: true, Respellings.Backbone);
        var education = row.Code(C.Education, Codes.Education, required: true);
        var staffType = row.Code(C.StaffType, Codes.StaffType) ?? StaffType.Regular;
        var start = row.Date(C.SchoolStartDate, required: true);
        var role = row.Code(C.Role, Codes.Role, required: true);
        var roleStart = row.Date(C.RoleStartDate);
        var exemption = row.Code(C.Exemption, Codes.Exemption) ?? Exemption.None;
        var willing = row.Code(C.Willing, Codes.Willing, respell: Respellings.Willing) ?? Willingness.Unknown;
        var needsRuralService = row.Bool(C.NeedsRuralService);
        var lastRotation = row.Date(C.LastRotationEnd);
        var spouse = row.Id(C.SpouseId);
        var home = Home(row);
        var idNumber = IdNumber(row);
        var post = PostSchool(row, school);
        if (gender is null || birth is null || stage is null || subject is null || title is null || backbone is null
            || education is null || start is null || role is null || school.Length == 0)
        {
            return null;
        }
        return new Teacher
        {
            Id = id, Name = name, IdNumber = idNumber, Gender = gender.Value, BirthDate = birth.Value,
            RetirementDate = retirement, SchoolId = new SchoolId(school), Stage = stage.Value, Subject = subject.Value,
            OtherSubjects = others, Title = title.Value, Backbone = backbone.Value, Education = education.Value,
            StaffType = staffType, SchoolStartDate = start.Value, Role = role.Value, RoleStartDate = roleStart,
            Exemption = exemption, SpouseId = spouse is { } s ? new TeacherId(s) : null,
            Willing = willing, NeedsRuralService = needsRuralService, LastRotationEnd = lastRotation,
            Home = home, PostSchoolId = post,
        };
    }

    private static string? IdNumber(RowReader row)
    {
        var text = row.Text(C.IdNumber);
        if (text is not null && IdRules.LooksScientific(text))
        {
            row.Error(C.IdNumber, $"{C.IdNumber.Display}“{text}”是 Excel 以科学计数法显示的数字，末尾几位已经丢失；{IdRules.AsText}");
            return null;
        }
        if (!row.IsImprecise(C.IdNumber))
        {
            return text;
        }
        // The contract drops a workbook's id number stored as a number with a warning: the teacher can still be planned.
        row.Warn(C.IdNumber, $"{C.IdNumber.Display}“{text}”以数字保存，超过 15 位的数字已丢失末尾几位，该值已忽略；{IdRules.AsText}",
            "imprecise id_number");
        return null;
    }

    /// <summary>The school holding the post, null when it is the school worked at (empty, or the same id).</summary>
    private static SchoolId? PostSchool(RowReader row, string school) =>
        row.Id(C.PostSchoolId) is { } post && post != school ? new SchoolId(post) : null;

    private static IReadOnlyList<Subject> OtherSubjects(RowReader row)
    {
        var text = row.Text(C.OtherSubjects);
        if (text is null)
        {
            return [];
        }
        var subjects = new List<Subject>();
        foreach (var part in text.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Codes.Subject.TryParse(part, out var subject))
            {
                subjects.Add(subject);
            }
            else
            {
                row.Error($"{C.OtherSubjects.Display}中的学科“{part}”无效，应为以下之一（多个用分号分隔）：{Codes.Subject.Describe()}");
            }
        }
        return subjects;
    }

    private static GeoPoint? Home(RowReader row)
    {
        var lat = row.Latitude(C.HomeLat, false);
        var lon = row.Longitude(C.HomeLon, false);
        if ((row.Text(C.HomeLat) is null) != (row.Text(C.HomeLon) is null))
        {
            row.Error($"{C.HomeLat.Display}和{C.HomeLon.Display}须同时填写或同时留空");
        }
        return lat is { } a && lon is { } b ? new GeoPoint(a, b) : null;
    }
}
