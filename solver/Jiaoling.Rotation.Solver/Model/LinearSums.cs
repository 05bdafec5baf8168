using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>Linear terms collected per key (a school, a demand key), summed when a rule posts them.</summary>
internal sealed class LinearSums<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, List<(IntVar Var, long Coef)>> _terms = new();

    public IEnumerable<TKey> Keys => _terms.Keys;

    public void Add(TKey key, IntVar v, long coef)
    {
        if (!_terms.TryGetValue(key, out var list))
        {
            _terms[key] = list = [];
        }
        list.Add((v, coef));
    }

    public bool Has(TKey key) => _terms.ContainsKey(key);

    /// <summary>Whether the sum can rise above 0: a term with a positive coefficient.</summary>
    public bool CanRise(TKey key) => _terms.TryGetValue(key, out var list) && list.Any(t => t.Coef > 0);

    /// <summary>The largest value the sum can take, each variable within its domain.</summary>
    public long Most(TKey key) => _terms.TryGetValue(key, out var list)
        ? list.Sum(t => t.Coef * (t.Coef > 0 ? t.Var.Domain.Max() : t.Var.Domain.Min()))
        : 0;

    /// <summary>The sum's value when each variable takes the value <paramref name="valueOf"/> gives.</summary>
    public long Value(TKey key, Func<IntVar, long> valueOf) =>
        _terms.TryGetValue(key, out var list) ? list.Sum(t => t.Coef * valueOf(t.Var)) : 0;

    public LinearExpr Sum(TKey key) => _terms.TryGetValue(key, out var list)
        ? LinearExpr.WeightedSum(list.Select(t => t.Var), list.Select(t => t.Coef))
        : LinearExpr.Constant(0);
}
