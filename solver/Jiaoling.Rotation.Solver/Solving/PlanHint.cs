using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// Turns a plan (the greedy planner's, or the previous plan when re-planning) into a hint for the first
/// level: every candidate move gets a value (the rows it matches, else 0), so CP-SAT starts from a known
/// plan instead of searching for one. Rows the model has no candidate for are left out (the hint is then
/// repaired or dropped).
/// </summary>
internal static class PlanHint
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
                    // Slots fill in order (the model's symmetry breaking), so a teacher takes the pool's
                    // next slot only once one of the teacher's rows is an option there.
                    var next = used.GetValueOrDefault(pool.Index);
                    var slot = slots.TryGetValue(row.TeacherId, out var taken) ? taken : next;
                    if (shares.TryGetValue((pool.Index, slot, row.To, j), out var s))
                    {
                        if (slot == next && !slots.ContainsKey(row.TeacherId))
                        {
                            slots[row.TeacherId] = slot;
                            used[pool.Index] = slot + 1;
                        }
                        // The model bounds a share by the gap it fills; a larger greedy share is cut to it.
                        hint[s.Used.Index] = 1;
                        hint[s.Tenths.Index] = Math.Min((long)(row.Share * 10m), s.Tenths.Domain.Max());
                        hint[m.ItinerantTeachers[(pool.Index, slot)].Index] = 1;
                    }
                    break;
            }
        }
        return hint;
    }
}
