using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>The rule's candidate filter: the model only offers schools that have the teacher's stage.</summary>
public sealed partial class StageMatch
{
    /// <summary>Whether the school has the teacher's stage (a nine-year school has both).</summary>
    public static bool AllowsSchool(Teacher teacher, School school) => school.HasStage(teacher.Stage);
}
