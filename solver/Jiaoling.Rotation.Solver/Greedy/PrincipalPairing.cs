using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// Step 1 of the heuristic: principals due to rotate trade schools, each with the nearest other due
/// principal who can lead their school; one left over joins an existing pair as a three-way rotation,
/// else trades with the nearest principal not yet due.
/// </summary>
internal static class PrincipalPairing
{
    public static void Run(GreedyState s, CancellationToken ct)
    {
        var due = s.County.Dataset.Teachers
            .Where(t => PrincipalRotation.IsDue(s.County, t))
            .OrderBy(t => t.Id)
            .ToList();
        var pairs = new List<(Teacher A, Teacher B)>();
        var left = new List<Teacher>();
        var done = new HashSet<TeacherId>();
        foreach (var p in due)
        {
            ct.ThrowIfCancellationRequested();
            if (done.Contains(p.Id))
            {
                continue;
            }
            var partner = due
                .Where(q => !done.Contains(q.Id) && q.Id != p.Id && Fits(s, p, q.SchoolId, q) && Fits(s, q, p.SchoolId, p))
                .MinBy(q => s.Km(p.SchoolId, q.SchoolId));
            done.Add(p.Id);
            if (partner is null)
            {
                left.Add(p);
                continue;
            }
            done.Add(partner.Id);
            pairs.Add((p, partner));
        }
        foreach (var (a, b) in pairs)
        {
            var c = left.FirstOrDefault(c => Fits(s, a, b.SchoolId, b) && Fits(s, b, c.SchoolId, c) && Fits(s, c, a.SchoolId, a)
                                             && KeepsStandards(s, [a, b, c]));
            if (c is not null)
            {
                left.Remove(c);
                Move(s, [a, b, c]);
                continue;
            }
            if (KeepsStandards(s, [a, b]))
            {
                Move(s, [a, b]);
            }
        }
        var principals = s.County.Dataset.Teachers.Where(t => t.IsPrincipal).OrderBy(t => t.Id).ToList();
        foreach (var p in left)
        {
            var partner = principals
                .Where(q => q.Id != p.Id && Fits(s, p, q.SchoolId, q) && Fits(s, q, p.SchoolId, p) && KeepsStandards(s, [p, q]))
                .MinBy(q => s.Km(p.SchoolId, q.SchoolId));
            if (partner is not null)
            {
                Move(s, [p, partner]);
            }
        }
    }

    private static bool Fits(GreedyState s, Teacher p, SchoolId to, Teacher partner) =>
        s.CanLead(p, to, partner, partner.SchoolId);

    /// <summary>Whether the cycle keeps every minimum its schools meet (keep_standards).</summary>
    private static bool KeepsStandards(GreedyState s, Teacher[] cycle) =>
        s.KeepsStandards(cycle.Select((p, i) => (p, cycle[(i + 1) % cycle.Length].SchoolId, p.Subject)).ToArray());

    /// <summary>Each principal takes the next one's school, the last the first's.</summary>
    private static void Move(GreedyState s, Teacher[] cycle)
    {
        var schools = cycle.Select(p => p.SchoolId).ToArray();
        for (var i = 0; i < cycle.Length; i++)
        {
            var p = cycle[i];
            var to = schools[(i + 1) % cycle.Length];
            s.Principal(p, to, PrincipalRotation.IsDue(s.County, p)
                ? $"任现职已满 {s.County.Status[p.Id].YearsInRole} 年，交流到学校 {to} 任校长。"
                : $"与到期交流的校长对调，到学校 {to} 任校长。");
        }
    }
}
