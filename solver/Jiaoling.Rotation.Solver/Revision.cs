using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver;

/// <summary>
/// A plan being revised after review: its rows, and the teachers whose rows in it every reviewer approved.
/// Those rows are kept exactly, as the <c>decisions</c> rule (itinerant shares included, which a
/// <c>require</c> cannot express); every other row is kept where the <c>stability</c> level can keep it.
/// </summary>
public sealed record Revision(Plan Previous, IReadOnlySet<TeacherId> Approved)
{
    /// <summary>A revision that holds no row fixed.</summary>
    public static Revision Of(Plan previous) => new(previous, new HashSet<TeacherId>());

    /// <summary>The approved teachers' rows.</summary>
    public IEnumerable<Assignment> ApprovedRows => Previous.Assignments.Where(a => Approved.Contains(a.TeacherId));
}
