using System.Globalization;
using System.Text;
using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Data.Output;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Csv;

/// <summary>
/// Writes a dataset as a folder the importer reads back to the same dataset: schools.csv, teachers.csv (with
/// post_school_id only when some post is held elsewhere), demand.csv when demand is given, distances.csv and
/// decisions.csv when there are any, and policy.json with every key. CSV per RFC 4180, UTF-8 without BOM,
/// headers from the importer's own column lists, text behind the formula guard (<see cref="CsvText.Text"/>).
/// </summary>
public static class DatasetFiles
{
    /// <summary>The files <see cref="Write"/> may write.</summary>
    public static readonly string[] Names =
    [
        SchoolColumns.Schema.CsvName, TeacherColumns.Schema.CsvName, DemandColumns.Schema.CsvName,
        DistanceColumns.Schema.CsvName, DecisionColumns.Schema.CsvName, PolicyFile.Name,
    ];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Dataset dataset, string folder)
    {
        Directory.CreateDirectory(folder);
        Table(folder, SchoolColumns.Schema, dataset.Schools.Select(School));
        var withPost = dataset.Teachers.Any(t => t.PostSchoolId is not null);
        var teacherColumns = TeacherColumns.Schema.Columns.Where(c => withPost || c != TeacherColumns.PostSchoolId).ToList();
        Table(folder, TeacherColumns.Schema, dataset.Teachers.Select(t => Teacher(t).Take(teacherColumns.Count)), teacherColumns);
        if (dataset.Demand is { } demand)
        {
            Table(folder, DemandColumns.Schema, demand.Select(d => new[]
            {
                CsvText.Text(d.Key.School.Value), Codes.Stage.Code(d.Key.Stage), Codes.Subject.Code(d.Key.Subject), Number(d.RequiredFte),
            }));
        }
        if (dataset.Distances.Count > 0)
        {
            Table(folder, DistanceColumns.Schema,
                dataset.Distances.Select(d => new[] { CsvText.Text(d.From.Value), CsvText.Text(d.To.Value), Number(d.Km) }));
        }
        if (dataset.Decisions.Count > 0)
        {
            Table(folder, DecisionColumns.Schema, dataset.Decisions.Select(d => new[]
            {
                CsvText.Text(d.Teacher.Value), Codes.Decision.Code(d.Kind), d.School is { } s ? CsvText.Text(s.Value) : "",
            }));
        }
        File.WriteAllText(Path.Combine(folder, PolicyFile.Name), PolicyFile.Json(dataset.Policy), Utf8);
    }

    private static IEnumerable<string> School(School s) =>
    [
        CsvText.Text(s.Id.Value), CsvText.Text(s.Name), CsvText.Text(s.Town), Codes.Area.Code(s.Area), Codes.Level.Code(s.Level),
        Bool(s.TeachingPoint), Id(s.ParentSchoolId), Bool(s.Weak), Bool(s.Boarding), Number(s.Primary.Students),
        Number(s.Primary.Classes), Number(s.Junior.Students), Number(s.Junior.Classes), Number(s.SpecialNeedsStudents),
        s.StaffQuota is { } q ? Number(q) : "", Number(s.Location.Lat), Number(s.Location.Lon), s.GroupId is { } g ? CsvText.Text(g) : "",
    ];

    /// <summary>Every column of <see cref="TeacherColumns.Schema"/> in its order, post_school_id last.</summary>
    private static IEnumerable<string> Teacher(Teacher t) =>
    [
        CsvText.Text(t.Id.Value), CsvText.Text(t.Name), t.IdNumber is { } n ? CsvText.Text(n) : "", Codes.Gender.Code(t.Gender),
        ValueParsers.Iso(t.BirthDate), Date(t.RetirementDate), CsvText.Text(t.SchoolId.Value), Codes.Stage.Code(t.Stage),
        Codes.Subject.Code(t.Subject), string.Join(';', t.OtherSubjects.Select(Codes.Subject.Code)), Codes.Title.Code(t.Title),
        Codes.Backbone.Code(t.Backbone), Codes.Education.Code(t.Education), Codes.StaffType.Code(t.StaffType),
        ValueParsers.Iso(t.SchoolStartDate), Codes.Role.Code(t.Role), Date(t.RoleStartDate), Codes.Exemption.Code(t.Exemption),
        t.SpouseId is { } spouse ? CsvText.Text(spouse.Value) : "", Codes.Willing.Code(t.Willing), Bool(t.NeedsRuralService),
        Date(t.LastRotationEnd), t.Home is { } h ? Number(h.Lat) : "", t.Home is { } home ? Number(home.Lon) : "",
        Id(t.PostSchoolId),
    ];

    private static void Table(string folder, TableSchema schema, IEnumerable<IEnumerable<string>> rows,
        IReadOnlyList<Column>? columns = null)
    {
        using var writer = new StreamWriter(Path.Combine(folder, schema.CsvName), false, Utf8);
        CsvText.WriteRecord(writer, (columns ?? schema.Columns).Select(c => c.Name));
        foreach (var row in rows)
        {
            CsvText.WriteRecord(writer, row);
        }
    }

    private static string Id(SchoolId? id) => id is { } s ? CsvText.Text(s.Value) : "";

    private static string Date(DateOnly? date) => date is { } d ? ValueParsers.Iso(d) : "";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
