using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Tests.Store;

/// <summary>A hand-built three-school county with every optional field used somewhere.</summary>
public static class TinyCounty
{
    public static School School(string id, SchoolLevel level = SchoolLevel.Primary, Area area = Area.Urban) => new()
    {
        Id = new SchoolId(id),
        Name = id + "小学",
        Town = "蕉城镇",
        Area = area,
        Level = level,
        Primary = new StageEnrolment(300, 6),
        Location = new GeoPoint(24.65, 116.17),
    };

    public static Teacher Teacher(string id, string school, Subject subject = Subject.CHN) => new()
    {
        Id = new TeacherId(id),
        Name = "教师" + id,
        Gender = Gender.Female,
        BirthDate = new DateOnly(1985, 3, 1),
        SchoolId = new SchoolId(school),
        Stage = Stage.Primary,
        Subject = subject,
        Education = Education.Bachelor,
        SchoolStartDate = new DateOnly(2015, 9, 1),
    };

    public static Dataset Dataset() => new()
    {
        Schools =
        [
            School("S001"),
            School("S002", SchoolLevel.NineYear, Area.Rural) with
            {
                Weak = true, Junior = new StageEnrolment(120, 3), StaffQuota = 20, GroupId = "G1",
                Location = new GeoPoint(24.7, 116.1),
            },
            School("S003", area: Area.Rural) with { TeachingPoint = true, ParentSchoolId = new SchoolId("S002") },
        ],
        Teachers =
        [
            Teacher("T001", "S001") with
            {
                OtherSubjects = [Subject.PE, Subject.MUS], Backbone = BackboneLevel.City, Title = Title.Senior,
                IdNumber = "441427198503010021", SpouseId = new TeacherId("T002"), Willing = Willingness.Yes,
                Home = new GeoPoint(24.66, 116.18), RetirementDate = new DateOnly(2045, 3, 1),
            },
            Teacher("T002", "S002", Subject.MATH) with
            {
                Gender = Gender.Male, SpouseId = new TeacherId("T001"), StaffType = StaffType.Contract,
                Exemption = Exemption.Illness, NeedsRuralService = true, LastRotationEnd = new DateOnly(2026, 8, 31),
                PostSchoolId = new SchoolId("S001"),
            },
            Teacher("T003", "S002") with { Role = Role.Principal, RoleStartDate = new DateOnly(2018, 9, 1) },
        ],
        Demand = [new DemandEntry(new DemandKey(new SchoolId("S002"), Stage.Primary, Subject.PE), 1.5m)],
        Distances = [new DistanceOverride(new SchoolId("S001"), new SchoolId("S002"), 12.5)],
        Policy = new Policy { MinYearsAtSchool = 5, ExchangeScope = ExchangeScope.UrbanTown, Issuer = "某县教育局" },
        Decisions =
        [
            new Decision(new TeacherId("T001"), DecisionKind.Forbid, new SchoolId("S003")),
            new Decision(new TeacherId("T002"), DecisionKind.Stay, null),
        ],
    };
}
