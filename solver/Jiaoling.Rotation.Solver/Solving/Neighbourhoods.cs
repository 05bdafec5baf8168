using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// The model's decision variables by the schools they touch, and neighbourhoods of schools to re-plan: a
/// school chosen at random and the schools nearest to it, across town lines (candidate moves go to the
/// nearest schools, so the moves that interact lie close together). Which schools a neighbourhood takes
/// grows or shrinks with how the last sub-solve went.
/// </summary>
internal sealed class Neighbourhoods
{
    private readonly RotationModel _m;
    private readonly List<(int Var, int From, int To)> _decisions = [];
    private readonly SchoolId[] _schools;
    private readonly Random _random;
    private readonly int[] _order;
    private int _next;

    public Neighbourhoods(RotationModel m, int seed)
    {
        _m = m;
        _schools = m.County.Schools.Keys.OrderBy(s => s.Value, StringComparer.Ordinal).ToArray();
        var index = _schools.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        foreach (var o in m.Transfers)
        {
            _decisions.Add((o.Count.Index, index[o.Pool.Home], index[o.To.Id]));
        }
        foreach (var o in m.PrincipalMoves)
        {
            _decisions.Add((o.Used.Index, index[o.Pool.Home], index[o.To.Id]));
        }
        foreach (var o in m.Itinerants)
        {
            _decisions.Add((o.Used.Index, index[o.Pool.Home], index[o.To.Id]));
            _decisions.Add((o.Tenths.Index, index[o.Pool.Home], index[o.To.Id]));
        }
        foreach (var ((pool, _), v) in m.ItinerantTeachers)
        {
            var home = index[m.Pools[pool].Home];
            _decisions.Add((v.Index, home, home));
        }
        _random = new Random(seed);
        _order = Enumerable.Range(0, _schools.Length).ToArray();
        _next = _order.Length;
        Size = Math.Min(_schools.Length, 24);
    }

    /// <summary>How many schools the next neighbourhood takes.</summary>
    public int Size { get; private set; }

    /// <summary>Every decision variable: fixed all, the model's other variables follow from them.</summary>
    public IEnumerable<int> All => _decisions.Select(d => d.Var);

    /// <summary>The decision variables of the next neighbourhood: those of moves from or to one of its schools.</summary>
    public IEnumerable<int> NextFree()
    {
        var free = new bool[_schools.Length];
        // Centres visit every school once in a shuffled order before any is visited again.
        if (_next == _order.Length)
        {
            _random.Shuffle(_order);
            _next = 0;
        }
        var centre = _schools[_order[_next++]];
        foreach (var i in Enumerable.Range(0, _schools.Length).OrderBy(i => _m.Km(centre, _schools[i])).Take(Size))
        {
            free[i] = true;
        }
        return _decisions.Where(d => free[d.From] || free[d.To]).Select(d => d.Var);
    }

    /// <summary>Adapts the size: larger after a sub-solve proved its neighbourhood optimal early, smaller after one ran out of time.</summary>
    public void Learn(bool solvedEarly)
    {
        Size = solvedEarly
            ? Math.Min(_schools.Length, (int)Math.Ceiling(Size * 1.25))
            : Math.Max(4, (int)(Size / 1.25));
    }
}
