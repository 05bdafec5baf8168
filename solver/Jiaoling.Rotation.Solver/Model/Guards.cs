using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// Enforcement literals per rule and scope (a school, a teacher, or the county), created only when the
/// model is built to explain infeasibility: each is then an assumption, and CP-SAT's infeasible core
/// names the rules that cannot all hold.
/// </summary>
internal sealed class Guards(CpModel model, bool enabled)
{
    private readonly Dictionary<(string Rule, string Scope), BoolVar> _literals = new();

    public bool Enabled => enabled;

    public IReadOnlyDictionary<(string Rule, string Scope), BoolVar> Literals => _literals;

    /// <summary>Makes the constraint hold only while the rule's literal for the scope is assumed.</summary>
    public Constraint Enforce(Constraint constraint, string rule, string scope)
    {
        if (enabled)
        {
            constraint.OnlyEnforceIf(Literal(rule, scope));
        }
        return constraint;
    }

    /// <summary>The literals an already conditional constraint must also be enforced by (none when disabled).</summary>
    public ILiteral[] With(string rule, string scope, params ILiteral[] conditions) =>
        enabled ? [.. conditions, Literal(rule, scope)] : conditions;

    private BoolVar Literal(string rule, string scope)
    {
        if (!_literals.TryGetValue((rule, scope), out var lit))
        {
            _literals[(rule, scope)] = lit = model.NewBoolVar($"{rule}[{scope}]");
        }
        return lit;
    }
}
