using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// Teachers the model treats as interchangeable: same school, stage, subjects, backbone, qualified
/// education, eligibility class, willingness and rural-service need. A pool of one is an individual
/// (couples, principals, teachers with decisions). The model decides how many of a pool move where;
/// <c>PlanReader</c> then picks which.
/// </summary>
internal sealed record TeacherPool(int Index, string Name, IReadOnlyList<Teacher> Members, TeacherStatus Status)
{
    public Teacher Sample => Members[0];

    public SchoolId Home => Sample.SchoolId;

    public Stage Stage => Sample.Stage;

    public int Size => Members.Count;

    public bool IsIndividual => Members.Count == 1;
}
