namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A rule every plan obeys, named by the contract's stable rule id. A rule posts its constraints on the
/// CP-SAT model (<c>IModelRule</c>), checks a finished plan (<see cref="Checking.IPlanCheck"/>), or both;
/// <see cref="RuleSet"/> lists them all.
/// </summary>
public interface IRule
{
    /// <summary>The contract's rule id.</summary>
    string Id { get; }
}
