using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// Turns the greedy planner's plan into a hint for the first level: every candidate move gets a value
/// (the greedy rows it matches, else 0), so CP-SAT starts from a known plan instead of searching for one.
/// Greedy rows the model has no candidate for are left out (the hint is then repaired or dropped).
/// </summary>
internal static class GreedyHint
{
    public static IReadOnlyDictionary<int, long> From(RotationModel m, Plan plan)
    {
        var hint = new Dictionary<int, long>();
        foreach (var o in m.Transfers)
        {
            hint[o.Count.Index] = 0;
        }
        foreach (var o in m.PrincipalMoves)
        {
            hint[o.Used.Index] = 0;
        }
        foreach (var o in m.Itinerants)
        {
            hint[o.Used.Index] = 0;
            hint[o.Tenths.Index] = 0;
        }
        foreach (var v in m.ItinerantTeachers.Values)
        {
            hint[v.Index] = 0;
        }
        var poolOf = m.Pools.SelectMany(p => p.Members.Select(t => (t.Id, p))).ToDictionary(x => x.Id, x => x.p);
        var transfers = m.Transfers.ToDictionary(o => (o.Pool.Index, o.To.Id, o.Subject));
        var principals = m.PrincipalMoves.ToDictionary(o => (o.Pool.Index, o.To.Id));
        var shares = m.Itinerants.ToDictionary(o => (o.Pool.Index, o.Slot, o.To.Id, o.Subject));
        var slots = new Dictionary<TeacherId, int>();
        var used = new Dictionary<int, int>();
        foreach (var row in plan.Assignments)
        {
            if (!poolOf.TryGetValue(row.TeacherId, out var pool))
            {
                continue;
            }
            switch (row.Kind)
            {
                case AssignmentKind.Transfer when row.Subject is { } j && transfers.TryGetValue((pool.Index, row.To, j), out var t):
                    hint[t.Count.Index]++;
                    break;
                case AssignmentKind.Principal when principals.TryGetValue((pool.Index, row.To), out var p):
                    hint[p.Used.Index] = 1;
                    break;
                case AssignmentKind.Itinerant when row.Subject is { } j:
                    if (!slots.TryGetValue(row.TeacherId, out var slot))
                    {
                        slots[row.TeacherId] = slot = used.GetValueOrDefault(pool.Index);
                        used[pool.Index] = slot + 1;
                    }
                    if (shares.TryGetValue((pool.Index, slot, row.To, j), out var s))
                    {
                        hint[s.Used.Index] = 1;
                        hint[s.Tenths.Index] = (long)(row.Share * 10m);
                        hint[m.ItinerantTeachers[(pool.Index, slot)].Index] = 1;
                    }
                    break;
            }
        }
        return hint;
    }
}
