using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Checking;

/// <summary>
/// One rule family's check of a finished plan, independent of the solver: what an auditor, a principal
/// or a union runs to see that a plan keeps the rule.
/// </summary>
public interface IPlanCheck : IRule
{
    /// <summary>Every way the plan breaks the rule; empty when it holds.</summary>
    IEnumerable<Violation> Check(PlanCheckContext ctx);
}
