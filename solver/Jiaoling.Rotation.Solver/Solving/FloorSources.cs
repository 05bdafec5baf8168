using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// The teachers of one school × stage × own subject who could fill a shortage elsewhere, as
/// <see cref="ShortageFloor"/> counts them: per shortage subject they can teach, how many may transfer and how many
/// may lend a share, and how many may do either.
/// </summary>
internal sealed record FloorSources(
    DemandKey Key,
    int People,
    IReadOnlyDictionary<Subject, int> MayTransfer,
    IReadOnlyDictionary<Subject, int> Movable)
{
    /// <summary>The teachers a return due takes home: they move nowhere else this year.</summary>
    public static HashSet<TeacherId> Returning(County county) => county.Baseline.Assignments.Select(a => a.TeacherId).ToHashSet();

    public static List<FloorSources> Of(County county, HashSet<TeacherId> returning)
    {
        var lends = county.Policy.ItinerantMaxSchools > 0;
        return county.Dataset.Teachers
            .Where(t => !t.IsPrincipal && !returning.Contains(t.Id) && county.Status[t.Id].Movable)
            .GroupBy(DemandKey.HomeOf)
            .Select(g => new FloorSources(
                g.Key,
                g.Count(),
                Count(g.Where(t => county.Status[t.Id].MayTransfer)),
                lends ? Count(g) : new Dictionary<Subject, int>()))
            .Where(s => s.MayTransfer.Count > 0 || s.Movable.Count > 0)
            .OrderBy(s => s.Key.ToString(), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per school, how many teachers may leave it by transfer, whatever the outflow cap. Principals make no room: a
    /// school that had a principal still has one after the plan (principal_rotation).
    /// </summary>
    public static Dictionary<SchoolId, int> MayLeave(County county, HashSet<TeacherId> returning) =>
        county.Dataset.Teachers
            .Where(t => !returning.Contains(t.Id) && !t.IsPrincipal && county.Status[t.Id].MayTransfer)
            .GroupBy(t => t.SchoolId)
            .ToDictionary(g => g.Key, g => g.Count());

    private static Dictionary<Subject, int> Count(IEnumerable<Teacher> teachers) => teachers
        .SelectMany(t => t.QualifiedSubjects.Where(Codes.ShortageSubjects.Contains))
        .GroupBy(s => s)
        .ToDictionary(g => g.Key, g => g.Count());
}
