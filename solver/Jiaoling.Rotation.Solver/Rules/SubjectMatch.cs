namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A teacher teaches at the new school only a subject the teacher is qualified for; a principal move has no subject.
/// </summary>
/// <remarks>
/// Rule <c>subject_match</c>. The CP-SAT constraints are in <c>SubjectMatch.Model.cs</c>, the plan check in <c>SubjectMatch.Check.cs</c>.
/// </remarks>
public sealed partial class SubjectMatch
{
    public string Id => RuleIds.SubjectMatch;
}
