using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Every rule of the data contract, each once, in the contract's order: the one list the planner posts on
/// the model, the infeasibility explainer rebuilds under enforcement literals, and the checker runs.
/// </summary>
public static class RuleSet
{
    /// <summary>Every rule, in the contract's order. A new rule is one line here.</summary>
    public static IReadOnlyList<IRule> All { get; } =
    [
        new EligibilityRule(),
        new StageMatch(),
        new SubjectMatch(),
        new OneMove(),
        new OutflowCap(),
        new StaffQuota(),
        new NoNewShortage(),
        new MinExchangeRatio(),
        new MinBackboneShare(),
        new MaxTransferKm(),
        new Couples(),
        new ItinerantLimits(),
        new PrincipalRotation(),
        new KeepStandards(),
        new DecisionsRule(),
        new PlanFormat(),
    ];

    /// <summary>The rules that check a finished plan, in the contract's order.</summary>
    public static IReadOnlyList<IPlanCheck> Checks { get; } = All.OfType<IPlanCheck>().ToList();

    /// <summary>The rules with CP-SAT constraints, in the contract's order (the filter-only rules post none).</summary>
    internal static IReadOnlyList<IModelRule> ModelRules { get; } = All.OfType<IModelRule>().ToList();

    /// <summary>Posts every rule's constraints on the model, in the contract's order.</summary>
    internal static void Post(RotationModel m)
    {
        foreach (var rule in ModelRules)
        {
            rule.Post(m);
        }
    }
}
