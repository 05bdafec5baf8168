using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>
/// Draws one teacher or principal for a post: age and gender, education and title, backbone status
/// (concentrated in 蕉城镇 and town schools), staff type (special-post teachers mostly rural), years at
/// the school, exemptions, willingness, home, and a synthetic id number.
/// </summary>
internal sealed class TeacherFactory(Random random, DateOnly planStart, GeoPoint cityCentre)
{
    public Teacher Teacher(string id, Slot slot)
    {
        var female = random.NextDouble() < (slot.Stage == Stage.Primary ? 0.72 : 0.55);
        var age = random.Next(23, female ? 55 : 60);
        var birth = Birth(age);
        var gender = female ? Gender.Female : Gender.Male;
        return new Teacher
        {
            Id = new TeacherId(id),
            Name = NamePool.Person(random, female),
            IdNumber = random.NextDouble() < 0.95 ? IdNumbers.Make(random, birth, gender) : null,
            Gender = gender,
            BirthDate = birth,
            RetirementDate = age >= 45 && random.NextDouble() < 0.1 ? ReformedRetirement(birth, female) : null,
            SchoolId = slot.School.Id,
            Stage = slot.Stage,
            Subject = slot.Subject,
            OtherSubjects = OtherSubjects(slot),
            Title = TeacherTraits.Title(random, age),
            Backbone = TeacherTraits.Backbone(random, slot.School.Area, age),
            Education = TeacherTraits.Education(random, slot.Stage, slot.School.Area, age),
            StaffType = TeacherTraits.StaffType(random, slot.School.Area),
            SchoolStartDate = SchoolStart(age),
            Exemption = TeacherTraits.Exemption(random, female, age),
            Willing = TeacherTraits.Willing(random),
            NeedsRuralService = slot.School.Area != Area.Rural && age is >= 32 and <= 50 && random.NextDouble() < 0.25,
            LastRotationEnd = random.NextDouble() < 0.06 ? planStart.AddDays(random.Next(-1000, 700)) : null,
            Home = Home(slot.School),
        };
    }

    public Teacher Principal(string id, School school)
    {
        var female = random.NextDouble() < 0.3;
        var age = random.Next(38, female ? 53 : 58);
        var stage = school.Level == SchoolLevel.Primary || (school.Level == SchoolLevel.NineYear && random.Next(2) == 0)
            ? Stage.Primary
            : Stage.Junior;
        var yearsInRole = random.NextDouble() < 0.4 ? random.Next(6, 13) : random.Next(0, 6);
        var roleStart = planStart.AddYears(-yearsInRole).AddDays(-random.Next(0, 300));
        var birth = Birth(age);
        var gender = female ? Gender.Female : Gender.Male;
        return Teacher(id, new Slot(school, stage, random.Next(2) == 0 ? Subject.CHN : Subject.MATH)) with
        {
            Name = NamePool.Person(random, female),
            IdNumber = IdNumbers.Make(random, birth, gender),
            Gender = gender,
            BirthDate = birth,
            RetirementDate = null,
            Role = Role.Principal,
            RoleStartDate = roleStart,
            SchoolStartDate = roleStart,
            StaffType = StaffType.Regular,
            Exemption = Exemption.None,
            Title = age >= 45 ? Title.Senior : Title.First,
            Education = Education.Bachelor,
            Backbone = random.NextDouble() < 0.5 ? BackboneLevel.City : BackboneLevel.County,
            LastRotationEnd = null,
        };
    }

    private DateOnly Birth(int age) => planStart.AddYears(-age).AddDays(-random.Next(1, 365));

    /// <summary>The 2025 reform moves retirement later by months; the county then gives the exact date.</summary>
    private DateOnly ReformedRetirement(DateOnly birth, bool female)
    {
        var date = birth.AddYears(female ? 55 : 60).AddMonths(random.Next(1, 25));
        return new DateOnly(date.Year, date.Month, 1);
    }

    private DateOnly SchoolStart(int age)
    {
        var most = age - 22;
        if (random.NextDouble() < 0.02)
        {
            return planStart.AddDays(random.Next(0, 60));
        }
        var years = most >= 6 && random.NextDouble() < 0.65 ? random.Next(6, Math.Min(most, 28) + 1) : random.Next(0, Math.Min(most, 5) + 1);
        return planStart.AddYears(-years).AddDays(-random.Next(0, 330));
    }

    private IReadOnlyList<Subject> OtherSubjects(Slot slot)
    {
        if (random.NextDouble() >= 0.18)
        {
            return [];
        }
        // Some teachers hold a special-education (resource teacher) qualification besides the shortage subjects.
        Subject[] shortage = [Subject.PE, Subject.MUS, Subject.ART, Subject.IT, Subject.PSY, Subject.SPED];
        Subject[] core = slot.Stage == Stage.Primary
            ? [Subject.CHN, Subject.MATH, Subject.ENG, Subject.MORAL, Subject.SCI]
            : [Subject.CHN, Subject.MATH, Subject.ENG, Subject.MORAL, Subject.HIST, Subject.GEO, Subject.BIO];
        var pool = random.NextDouble() < 0.45 ? shortage : core;
        var other = pool[random.Next(pool.Length)];
        return other == slot.Subject ? [] : [other];
    }

    private GeoPoint? Home(School school)
    {
        if (random.NextDouble() < 0.1)
        {
            return null;
        }
        var centre = school.Area != Area.Urban && random.NextDouble() < 0.3 ? cityCentre : school.Location;
        return new GeoPoint(
            Math.Round(centre.Lat + (random.NextDouble() * 2 - 1) * 0.02, 5),
            Math.Round(centre.Lon + (random.NextDouble() * 2 - 1) * 0.02, 5));
    }
}
