using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Tests.Builders;

/// <summary>Hand-built schools, teachers and plan rows; override fields with <c>with</c>.</summary>
internal static class Make
{
    public static readonly Policy Policy = new();

    public static School School(string id, string name, string town, Area area, double lat, double lon,
        int primary = 0, int primaryClasses = 0, int junior = 0, int juniorClasses = 0) => new()
    {
        Id = new SchoolId(id),
        Name = name,
        Town = town,
        Area = area,
        Level = junior > 0 ? (primary > 0 ? SchoolLevel.NineYear : SchoolLevel.Junior) : SchoolLevel.Primary,
        Primary = new StageEnrolment(primary, primaryClasses),
        Junior = new StageEnrolment(junior, juniorClasses),
        Location = new GeoPoint(lat, lon),
        GroupId = "G1",
    };

    public static Teacher Teacher(string id, string name, string school, Subject subject, Stage stage = Stage.Primary,
        Education education = Education.Bachelor, BackboneLevel backbone = BackboneLevel.None) => new()
    {
        Id = new TeacherId(id),
        Name = name,
        IdNumber = "44142719800101" + id[^4..],
        Gender = Gender.Female,
        BirthDate = new DateOnly(1980, 1, 1),
        SchoolId = new SchoolId(school),
        Stage = stage,
        Subject = subject,
        Education = education,
        Backbone = backbone,
        SchoolStartDate = Policy.PlanStartDate.AddYears(-8),
    };

    public static Teacher Principal(string id, string name, string school) =>
        Teacher(id, name, school, Subject.CHN) with { Role = Role.Principal, RoleStartDate = Policy.PlanStartDate.AddYears(-7) };

    /// <summary>A plan row of the teacher from the own school, dated by the policy (the default one unless given).</summary>
    public static Assignment Row(Teacher t, AssignmentKind kind, string to, Subject? subject, string reason,
        decimal share = 1m, Policy? policy = null) =>
        Assignment.Of(t, kind, new SchoolId(to), subject, share, policy ?? Policy, reason);

    public static DemandEntry Demand(string school, Subject subject, decimal fte, Stage stage = Stage.Primary) =>
        new(new DemandKey(new SchoolId(school), stage, subject), fte);
}
