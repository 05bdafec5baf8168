using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>The rule's candidate filter: the model only offers subjects the teacher is qualified for.</summary>
public sealed partial class SubjectMatch
{
    public static bool AllowsSubject(Teacher teacher, Subject subject) => teacher.CanTeach(subject);
}
