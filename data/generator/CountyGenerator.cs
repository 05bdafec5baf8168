using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>
/// Generates a synthetic county like 蕉岭县 in the data contract's model, deterministically from a
/// seed: schools of eight towns, teachers and principals with every contract field, and the demand a
/// county bureau would give (derived from class counts by the default norms).
/// </summary>
public static class CountyGenerator
{
    public static Dataset Generate(GeneratorOptions options)
    {
        if (options.Teachers < GeneratorOptions.MinTeachers)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Teachers,
                $"at least {GeneratorOptions.MinTeachers} teachers are needed");
        }
        // Local numbers never start with 0 or 1 after the area code, so these cannot ring anyone.
        var policy = new Policy { ContactPerson = "人事股", ContactPhone = "0753-1230001", SupervisionPhone = "0753-1230002" };
        var specs = new SchoolFactory(new Random(options.Seed))
            .Draw(Math.Max(1, (int)Math.Round(options.Teachers / (double)GeneratorOptions.TeachersPerUnit)));
        var (schools, demand, slots) = Scale(specs, options);
        var random = new Random(options.Seed + 2);
        var target = options.Teachers - schools.Count(s => !s.TeachingPoint);
        slots = Staffing.Fit(slots, target, random);
        var factory = new TeacherFactory(random, policy.PlanStartDate, Town.All.Single(t => t.Urban).Centre);
        var teachers = new List<Teacher>();
        var posts = slots.ToLookup(s => s.School.Id);
        foreach (var school in schools)
        {
            if (!school.TeachingPoint)
            {
                teachers.Add(factory.Principal(NextId(teachers), school));
            }
            foreach (var slot in posts[school.Id].OrderBy(s => s.Stage).ThenBy(s => s.Subject))
            {
                teachers.Add(factory.Teacher(NextId(teachers), slot));
            }
        }
        var byId = schools.ToDictionary(s => s.Id);
        teachers = Couples.Link(teachers, byId, random);
        return new Dataset
        {
            Schools = WithQuotas(schools, teachers, random),
            Teachers = teachers,
            Demand = options.IncludeDemand ? demand : null,
            Policy = policy,
        };
    }

    /// <summary>Scales enrolment until the posts the staffing rules give come close to the teachers asked for.</summary>
    private static (List<School>, IReadOnlyList<DemandEntry>, List<Slot>) Scale(IReadOnlyList<SchoolSpec> specs, GeneratorOptions options)
    {
        var scale = 1.0;
        for (var attempt = 1; ; attempt++)
        {
            var schools = specs.Select(s => s.Build(scale)).ToList();
            var demand = DemandDerivation.Derive(schools, DemandNorms.Default);
            var slots = Staffing.Slots(schools, demand, new Random(options.Seed + 1));
            var target = options.Teachers - schools.Count(s => !s.TeachingPoint);
            if (Math.Abs(slots.Count - target) <= Math.Max(5, target / 100) || attempt == MaxScaleAttempts)
            {
                return (schools, demand, slots);
            }
            scale *= (double)target / slots.Count;
        }
    }

    private static List<School> WithQuotas(List<School> schools, List<Teacher> teachers, Random random)
    {
        var headcount = teachers.CountBy(t => t.SchoolId).ToDictionary();
        return schools
            .Select(s => s.TeachingPoint
                ? s
                : s with { StaffQuota = headcount.GetValueOrDefault(s.Id) + (s.Area == Area.Rural ? random.Next(1, 5) : random.Next(0, 2)) })
            .ToList();
    }

    private const int MaxScaleAttempts = 8;

    private static string NextId(List<Teacher> teachers) => $"T{teachers.Count + 1:00000}";
}
