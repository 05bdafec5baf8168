using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// The counts the <c>disruption</c> level weighs, each an integer variable so that a later level can hold
/// them one by one: people who change post, itinerant teachers and rows, unwilling teachers moved, teachers
/// moved again within a term of their last rotation,
/// transfers sideways and away from rural and weak schools, kilometres, and the credits earned.
/// </summary>
internal sealed record DisruptionParts(
    IntVar Moved, IntVar Itinerant, IntVar ItinerantRows, IntVar Unwilling, IntVar Recent, IntVar Sideways, IntVar Away, IntVar Km,
    IntVar Credit)
{
    /// <summary>Kilometres a later level may add, as a share of the kilometres reached: the balance level may
    /// choose a farther school for a move, never an extra move.</summary>
    public const double KmSlack = 0.10;

    /// <summary>The weighted cost of the moves (<c>disruption</c>'s objective, and the price of moves in the policy levels).</summary>
    public LinearExpr Cost(ObjectiveWeights w) =>
        w.DisruptionMove * Moved + w.DisruptionItinerant * Itinerant + w.DisruptionItinerantRow * ItinerantRows
        + w.DisruptionUnwilling * Unwilling + w.DisruptionRecent * Recent + w.DisruptionSideways * Sideways + w.DisruptionAway * Away
        + w.DisruptionKm * Km - Credit;

    /// <summary>Holds every count at the value reached (km with <see cref="KmSlack"/>) for the levels after.</summary>
    public void Hold(CpModel model, long[] solution)
    {
        foreach (var count in new[] { Moved, Itinerant, ItinerantRows, Unwilling, Recent, Sideways, Away })
        {
            model.Add(count <= solution[count.Index]);
        }
        model.Add(Km <= (long)Math.Ceiling(solution[Km.Index] * (1 + KmSlack)));
    }
}
