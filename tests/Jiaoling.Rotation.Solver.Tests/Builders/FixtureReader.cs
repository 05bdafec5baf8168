using System.Globalization;
using System.Text.Json;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Tests.Builders;

/// <summary>
/// Reads a contract-format folder whose CSV cells hold no quotes or commas (as the test fixtures do), for
/// solver tests that must not depend on the importer. Only the policy keys the fixtures use are read.
/// </summary>
public static class FixtureReader
{
    public static County Read(string folder)
    {
        var schools = Rows(folder, "schools.csv").Select(ToSchool).ToList();
        var teachers = Rows(folder, "teachers.csv").Select(ToTeacher).ToList();
        var demand = File.Exists(Path.Combine(folder, "demand.csv"))
            ? Rows(folder, "demand.csv").Select(r => new DemandEntry(
                new DemandKey(new SchoolId(r["school_id"]), Code(Codes.Stage, r["stage"]), Code(Codes.Subject, r["subject"])),
                decimal.Parse(r["required_fte"], CultureInfo.InvariantCulture))).ToList()
            : null;
        return County.Create(new Dataset { Schools = schools, Teachers = teachers, Demand = demand, Policy = ReadPolicy(folder) });
    }

    private static Policy ReadPolicy(string folder)
    {
        var path = Path.Combine(folder, "policy.json");
        var policy = new Policy();
        if (!File.Exists(path))
        {
            return policy;
        }
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        if (root.TryGetProperty("plan_start_date", out var start))
        {
            policy = policy with { PlanStartDate = Date(start.GetString()!) };
        }
        if (root.TryGetProperty("term_years", out var term))
        {
            policy = policy with { TermYears = term.GetInt32() };
        }
        return policy;
    }

    private static School ToSchool(Dictionary<string, string> r) => new()
    {
        Id = new SchoolId(r["school_id"]),
        Name = r["name"],
        Town = r["town"],
        Area = Code(Codes.Area, r["area"]),
        Level = Code(Codes.Level, r["level"]),
        TeachingPoint = Bool(r["teaching_point"]),
        Weak = Bool(r["weak"]),
        Boarding = Bool(r["boarding"]),
        Primary = new StageEnrolment(int.Parse(r["primary_students"]), int.Parse(r["primary_classes"])),
        Junior = new StageEnrolment(int.Parse(r["junior_students"]), int.Parse(r["junior_classes"])),
        SpecialNeedsStudents = int.Parse(r["special_needs_students"]),
        StaffQuota = r["staff_quota"] is "" ? null : int.Parse(r["staff_quota"]),
        Location = new GeoPoint(Num(r["lat"]), Num(r["lon"])),
        GroupId = r["group_id"] is "" ? null : r["group_id"],
    };

    private static Teacher ToTeacher(Dictionary<string, string> r) => new()
    {
        Id = new TeacherId(r["teacher_id"]),
        Name = r["name"],
        Gender = Code(Codes.Gender, r["gender"]),
        BirthDate = Date(r["birth_date"]),
        RetirementDate = r["retirement_date"] is "" ? null : Date(r["retirement_date"]),
        SchoolId = new SchoolId(r["school_id"]),
        Stage = Code(Codes.Stage, r["stage"]),
        Subject = Code(Codes.Subject, r["subject"]),
        OtherSubjects = r["other_subjects"].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => Code(Codes.Subject, s)).ToList(),
        Title = Code(Codes.Title, r["title"]),
        Backbone = Code(Codes.Backbone, r["backbone"]),
        Education = Code(Codes.Education, r["education"]),
        StaffType = Code(Codes.StaffType, r["staff_type"]),
        SchoolStartDate = Date(r["school_start_date"]),
        Role = Code(Codes.Role, r["role"]),
        RoleStartDate = r["role_start_date"] is "" ? null : Date(r["role_start_date"]),
        Exemption = Code(Codes.Exemption, r["exemption"]),
        SpouseId = r["spouse_id"] is "" ? null : new TeacherId(r["spouse_id"]),
        Willing = Code(Codes.Willing, r["willing"]),
        NeedsRuralService = Bool(r["needs_rural_service"]),
        LastRotationEnd = r["last_rotation_end"] is "" ? null : Date(r["last_rotation_end"]),
        Home = r["home_lat"] is "" ? null : new GeoPoint(Num(r["home_lat"]), Num(r["home_lon"])),
    };

    private static IEnumerable<Dictionary<string, string>> Rows(string folder, string file)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, file)).Where(l => l.Trim().Length > 0).ToList();
        var header = lines[0].TrimStart('\uFEFF').Split(',').Select(h => h.Trim()).ToArray();
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            return header.Select((h, i) => (h, v: i < cells.Length ? cells[i].Trim() : ""))
                .ToDictionary(p => p.h, p => p.v);
        });
    }

    private static T Code<T>(CodeTable<T> table, string text) where T : struct, Enum =>
        table.TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name} code");

    private static bool Bool(string text) => text is "true" or "1" or "yes" or "是";

    private static double Num(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text.Replace('/', '-'), "yyyy-M-d", CultureInfo.InvariantCulture);
}
