using Google.OrTools.LinearSolver;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// The school × stage × shortage subject keys with demand, as <see cref="ShortageFloor"/> balances them: per key
/// its whole-teacher arrivals, the shares it receives, its leavers and the shares it lends, and its unmet demand.
/// </summary>
internal sealed class FloorKeys
{
    private sealed record Key(DemandKey Id, decimal Required, decimal Before, decimal MustKeep, Variable Arrivals, Variable Unmet)
    {
        public List<Variable> Received { get; } = [];
        public List<Variable> Leaving { get; } = [];
        public List<Variable> Lent { get; } = [];
    }

    private readonly Dictionary<DemandKey, Key> _keys;
    private readonly ILookup<(Stage, Subject), Key> _bySubject;

    private FloorKeys(Dictionary<DemandKey, Key> keys)
    {
        _keys = keys;
        _bySubject = keys.Values.ToLookup(k => (k.Id.Stage, k.Id.Subject));
    }

    public static FloorKeys Of(County county, Google.OrTools.LinearSolver.Solver lp) => new(county.Demand
        .Where(kv => Codes.ShortageSubjects.Contains(kv.Key.Subject) && kv.Value > 0)
        .OrderBy(kv => kv.Key.ToString(), StringComparer.Ordinal)
        .ToDictionary(kv => kv.Key, kv => new Key(
            kv.Key,
            kv.Value,
            county.SupplyBaseline.GetValueOrDefault(kv.Key),
            county.MustKeep(kv.Key),
            lp.MakeNumVar(0, double.PositiveInfinity, $"a[{kv.Key}]"),
            lp.MakeNumVar(0, double.PositiveInfinity, $"u[{kv.Key}]"))));

    /// <summary>Unmet demand of the shortage subjects before any plan, FTE.</summary>
    public double UnmetBefore => (double)_keys.Values.Sum(k => Math.Max(0m, k.Required - k.Before));

    public IEnumerable<Variable> Unmet => _keys.Values.Select(k => k.Unmet);

    /// <summary>The keys with demand in the subject that a teacher of <paramref name="home"/> may lend a share to.</summary>
    public IEnumerable<DemandKey> Reach(County county, DemandKey home, Subject subject)
    {
        var from = county.Schools[home.School];
        return _bySubject[(home.Stage, subject)]
            .Where(k => ItinerantLimits.AllowsSchool(county, from, county.Schools[k.Id.School]))
            .Select(k => k.Id);
    }

    /// <summary>Records a share the key receives; returns it.</summary>
    public Variable Receive(DemandKey key, Variable share)
    {
        _keys[key].Received.Add(share);
        return share;
    }

    /// <summary>Records the leavers and lent shares of the key's own teachers (none for a key without demand).</summary>
    public void Give(DemandKey key, List<Variable> leaving, List<Variable> lent)
    {
        if (_keys.TryGetValue(key, out var k))
        {
            k.Leaving.AddRange(leaving);
            k.Lent.AddRange(lent);
        }
    }

    public IEnumerable<((Stage, Subject) Hub, List<Variable> Arrivals)> ArrivalsByHub() =>
        _bySubject.Select(g => (g.Key, g.Select(k => k.Arrivals).ToList()));

    public Dictionary<SchoolId, List<Variable>> ArrivalsBySchool() =>
        _keys.Values.GroupBy(k => k.Id.School).ToDictionary(g => g.Key, g => g.Select(k => k.Arrivals).ToList());

    /// <summary>
    /// Per key: unmet ≥ demand − supply after, supply after ≥ what no_new_shortage protects, and the rounding cut
    /// unmet + received + r·(arrivals − leavers) ≥ r·(q + 1) for unmet q + r before (0 &lt; r &lt; 1), valid since
    /// arrivals and leavers are whole teachers and shares lent only lower the supply.
    /// </summary>
    public void PostBalances(Google.OrTools.LinearSolver.Solver lp)
    {
        foreach (var k in _keys.Values)
        {
            var received = ShortageFloor.Sum(k.Received);
            var after = (double)k.Before + k.Arrivals + received - ShortageFloor.Sum(k.Leaving) - ShortageFloor.Sum(k.Lent);
            lp.Add(k.Unmet >= (double)k.Required - after);
            lp.Add(after >= (double)k.MustKeep);
            var unmet = k.Required - k.Before;
            var q = Math.Floor(unmet);
            var r = unmet - q;
            if (unmet > 0 && r > 0)
            {
                lp.Add(k.Unmet + received + (double)r * (k.Arrivals - ShortageFloor.Sum(k.Leaving)) >= (double)(r * (q + 1)));
            }
        }
    }
}
