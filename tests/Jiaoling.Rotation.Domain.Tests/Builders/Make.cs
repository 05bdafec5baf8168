namespace Jiaoling.Rotation.Domain.Tests.Builders;

/// <summary>Small hand-built schools, teachers and plan rows for tests; override fields with <c>with</c>.</summary>
internal static class Make
{
    public static readonly DateOnly PlanStart = new Policy().PlanStartDate;

    public static School School(string id, Area area = Area.Town, SchoolLevel level = SchoolLevel.Primary,
        int primary = 0, int junior = 0) => new()
    {
        Id = new SchoolId(id),
        Name = id + "学校",
        Town = "长潭镇",
        Area = area,
        Level = level,
        Primary = primary > 0 ? new StageEnrolment(primary, Math.Max(1, primary / 40)) : StageEnrolment.Empty,
        Junior = junior > 0 ? new StageEnrolment(junior, Math.Max(1, junior / 45)) : StageEnrolment.Empty,
        Location = new GeoPoint(24.6, 116.17),
    };

    public static Teacher Teacher(string id, string school, Stage stage = Stage.Primary, Subject subject = Subject.CHN,
        Education education = Education.Bachelor, BackboneLevel backbone = BackboneLevel.None,
        int yearsAtSchool = 10) => new()
    {
        Id = new TeacherId(id),
        Name = "教师" + id,
        Gender = Gender.Female,
        BirthDate = new DateOnly(1985, 3, 1),
        SchoolId = new SchoolId(school),
        Stage = stage,
        Subject = subject,
        Education = education,
        Backbone = backbone,
        SchoolStartDate = PlanStart.AddYears(-yearsAtSchool),
    };

    public static Teacher Principal(string id, string school, Education education = Education.Bachelor) =>
        Teacher(id, school, education: education) with { Role = Role.Principal, RoleStartDate = PlanStart.AddYears(-7) };

    public static Assignment Row(Teacher t, AssignmentKind kind, string to, Subject? subject, decimal share = 1m) =>
        Assignment.Of(t, kind, new SchoolId(to), subject, share, new Policy(), "测试");

    public static County County(IEnumerable<School> schools, IEnumerable<Teacher> teachers, Policy? policy = null,
        IReadOnlyList<DemandEntry>? demand = null) =>
        Domain.County.Create(new Dataset
        {
            Schools = schools.ToList(),
            Teachers = teachers.ToList(),
            Policy = policy ?? new Policy(),
            Demand = demand,
        });
}
