namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A teacher only goes to a school that has the teacher's stage.
/// </summary>
/// <remarks>
/// Rule <c>stage_match</c>. The CP-SAT constraints are in <c>StageMatch.Model.cs</c>, the plan check in <c>StageMatch.Check.cs</c>.
/// </remarks>
public sealed partial class StageMatch
{
    public string Id => RuleIds.StageMatch;
}
