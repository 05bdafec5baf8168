namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// Where a teacher or principal counts for the balance indicators: the school where posted and the
/// subject taught there. Before a plan that is the teacher's own school and subject; after it a
/// transferred teacher counts at the new school with the row's subject, a moved principal at the new
/// school, and an itinerant teacher at home.
/// </summary>
public sealed record Posting(Teacher Teacher, SchoolId School, Subject Subject)
{
    public Stage Stage => Teacher.Stage;

    /// <summary>
    /// The postings of every teacher and principal of the county under a plan; <see cref="Plan.Empty"/>
    /// gives the postings before any plan.
    /// </summary>
    public static IReadOnlyList<Posting> Of(County county, Plan plan)
    {
        var moves = plan.Assignments
            .Where(a => a.Kind != AssignmentKind.Itinerant)
            .GroupBy(a => a.TeacherId)
            .ToDictionary(g => g.Key, g => g.First());
        return county.Dataset.Teachers
            .Select(t => moves.TryGetValue(t.Id, out var move)
                ? new Posting(t, move.To, move.Subject ?? t.Subject)
                : new Posting(t, t.SchoolId, t.Subject))
            .ToList();
    }
}
