using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Checking;

/// <summary>
/// Re-verifies any plan against every rule of the data contract without the solver. The checks run in
/// the contract's order; each reports every violation it finds, not just the first.
/// </summary>
public static class PlanChecker
{
    /// <summary>Every rule's check, in the contract's order (<see cref="RuleSet.Checks"/>).</summary>
    public static IReadOnlyList<IPlanCheck> Rules => RuleSet.Checks;

    public static IReadOnlyList<Violation> Check(County county, Plan plan) => Check(county, plan, []);

    /// <summary>Checks a plan read from a file, with the problems the reader found reported as <c>plan_format</c>.</summary>
    public static IReadOnlyList<Violation> Check(County county, Plan plan, IReadOnlyList<string> readProblems)
    {
        var ctx = new PlanCheckContext(county, plan) { ReadProblems = readProblems };
        return Rules.SelectMany(r => r.Check(ctx)).ToList();
    }
}
