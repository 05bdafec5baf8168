using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>
/// A school as first drawn, before the county is scaled to the asked number of teachers: base
/// enrolment and average class size per stage; <see cref="Build"/> turns it into a contract school.
/// </summary>
internal sealed record SchoolSpec(
    School Template,
    int PrimaryStudents,
    double PrimaryClassSize,
    int JuniorStudents,
    double JuniorClassSize)
{
    public School Build(double scale) => Template with
    {
        Primary = Enrolment(PrimaryStudents, PrimaryClassSize, scale),
        Junior = Enrolment(JuniorStudents, JuniorClassSize, scale),
        SpecialNeedsStudents = Math.Min(Template.SpecialNeedsStudents, (int)(PrimaryStudents * scale + JuniorStudents * scale)),
    };

    private static StageEnrolment Enrolment(int students, double classSize, double scale)
    {
        var scaled = (int)Math.Round(students * scale);
        return scaled <= 0 ? StageEnrolment.Empty : new StageEnrolment(scaled, Math.Max(1, (int)Math.Round(scaled / classSize)));
    }
}
