using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Checking;

/// <summary>
/// Re-verifies any plan against every rule of the data contract without the solver. The checks run in
/// the contract's order; each reports every violation it finds, not just the first.
/// </summary>
public static class PlanChecker
{
    /// <summary>Every rule's check, in the contract's order.</summary>
    public static IReadOnlyList<IPlanCheck> Rules { get; } =
    [
        new EligibilityRule(), new StageMatch(), new SubjectMatch(), new OneMove(), new OutflowCap(),
        new StaffQuota(), new NoNewShortage(), new MinExchangeRatio(), new MinBackboneShare(),
        new MaxTransferKm(), new Couples(), new ItinerantLimits(), new PrincipalRotation(),
        new DecisionsRule(), new PlanFormat(),
    ];

    public static IReadOnlyList<Violation> Check(County county, Plan plan) => Check(county, plan, []);

    /// <summary>Checks a plan read from a file, with the problems the reader found reported as <c>plan_format</c>.</summary>
    public static IReadOnlyList<Violation> Check(County county, Plan plan, IReadOnlyList<string> readProblems)
    {
        var ctx = new PlanCheckContext(county, plan) { ReadProblems = readProblems };
        return Rules.SelectMany(r => r.Check(ctx)).ToList();
    }
}
