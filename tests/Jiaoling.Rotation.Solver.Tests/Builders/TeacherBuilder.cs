using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Tests.Builders;

/// <summary>
/// Builds a teacher with harmless defaults: a regular primary CHN teacher aged 40 with a bachelor's degree,
/// ten years at the school, willingness unknown — eligible under the default policy.
/// </summary>
public sealed class TeacherBuilder(string id, string schoolId)
{
    private Teacher _teacher = new()
    {
        Id = new TeacherId(id),
        Name = "教师" + id,
        Gender = Gender.Female,
        BirthDate = new DateOnly(1987, 3, 1),
        SchoolId = new SchoolId(schoolId),
        Stage = Stage.Primary,
        Subject = Subject.CHN,
        Education = Education.Bachelor,
        SchoolStartDate = new DateOnly(2017, 8, 1),
    };

    public TeacherId Id => _teacher.Id;

    public TeacherBuilder Teaching(Subject subject, params Subject[] others) =>
        With(t => t with { Subject = subject, OtherSubjects = others });

    public TeacherBuilder Junior() => With(t => t with { Stage = Stage.Junior });

    public TeacherBuilder Backbone() => With(t => t with { Backbone = BackboneLevel.County });

    public TeacherBuilder Educated(Education education) => With(t => t with { Education = education });

    /// <summary>Makes the teacher new at the school (one year), so only volunteering lets them transfer.</summary>
    public TeacherBuilder Newcomer() => With(t => t with { SchoolStartDate = new DateOnly(2026, 8, 1) });

    public TeacherBuilder Willing(Willingness willing) => With(t => t with { Willing = willing });

    public TeacherBuilder NeedsRuralService() => With(t => t with { NeedsRuralService = true });

    public TeacherBuilder Exempt() => With(t => t with { Exemption = Exemption.Illness });

    public TeacherBuilder SpouseOf(string spouseId) => With(t => t with { SpouseId = new TeacherId(spouseId) });

    /// <summary>Makes the teacher the principal, leading the school since <paramref name="since"/>.</summary>
    public TeacherBuilder Principal(DateOnly since) => With(t => t with { Role = Role.Principal, RoleStartDate = since });

    public TeacherBuilder With(Func<Teacher, Teacher> change)
    {
        _teacher = change(_teacher);
        return this;
    }

    public Teacher Build() => _teacher;
}
