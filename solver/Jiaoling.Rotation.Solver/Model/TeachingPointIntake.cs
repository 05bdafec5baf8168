using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// A guard of the planner, not a rule of the contract (<c>check</c> does not test it): a teaching point (教学点)
/// receives whole teachers in a subject only for the whole posts it lacks there, net of those who leave it — or
/// as many as the starting plan sends it, so that the start always holds (the greedy keeps the same guard,
/// <see cref="TakesWholeTeacher"/>; a previous plan under review may not). A part of a post is for itinerant
/// teachers (走教), as the greedy baseline fills it, and the exchange ratio's moves go to schools with room.
/// </summary>
/// <remarks>
/// Without it, on generated counties of 10 000 and 20 000 teachers, teaching points of 42 and 41 pupils received
/// 17 and 48 teachers: each a few tenths short in ten subjects and the nearest rural, weak school to a town,
/// they were the cheapest place for the exchange ratio's moves, and the primary qualified-teacher CV doubled.
/// Allowed the lacking posts rounded up, they still received 9–10 each, a whole teacher for 0.4 of a post.
/// </remarks>
internal static class TeachingPointIntake
{
    /// <summary>Whether the school may receive a whole teacher for a subject it lacks <paramref name="unmetFte"/> of (the greedy's test).</summary>
    public static bool TakesWholeTeacher(School school, decimal unmetFte) => !school.TeachingPoint || unmetFte >= 1m - Tolerance.Value;

    public static void Post(RotationModel m)
    {
        var seeded = m.Seed.SelectMany(rows => rows)
            .Where(a => a is { Kind: AssignmentKind.Transfer, Subject: not null })
            .CountBy(a => new DemandKey(a.To, a.Stage, a.Subject!.Value))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var key in m.TeacherChange.Keys.Where(k => m.SchoolOf(k.School).TeachingPoint && m.TeacherChange.CanRise(k)))
        {
            var lacking = m.Demand.UnmetBefore(key) / 10;
            m.Cp.Add(m.TeacherChange.Sum(key) <= Math.Max(lacking, seeded.GetValueOrDefault(key)));
        }
    }
}
