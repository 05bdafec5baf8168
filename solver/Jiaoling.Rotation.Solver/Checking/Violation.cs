namespace Jiaoling.Rotation.Solver.Checking;

/// <summary>
/// A rule a plan breaks: the contract's rule id and one Chinese sentence naming the teachers, schools
/// and values involved, as <c>check</c> prints it (<c>RULE_ID: sentence</c>).
/// </summary>
public sealed record Violation(string RuleId, string Message)
{
    public override string ToString() => $"{RuleId}: {Message}";
}
