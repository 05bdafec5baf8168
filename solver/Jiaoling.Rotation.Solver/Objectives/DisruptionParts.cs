using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// The counts the <c>disruption</c> level weighs, each an integer variable so that a later level can hold
/// them one by one: people who change post, itinerant teachers and rows, unwilling teachers moved, teachers
/// moved again within a term of their last rotation,
/// transfers sideways and away from rural and weak schools, kilometres, tenths of an FTE sent beyond a
/// school's need (surplus), and the credits earned.
/// </summary>
internal sealed record DisruptionParts(
    IntVar Moved, IntVar Itinerant, IntVar ItinerantRows, IntVar Unwilling, IntVar Recent, IntVar Sideways, IntVar Away, IntVar Km,
    Lazy<IntVar> SurplusCount, IntVar Credit)
{
    /// <summary>
    /// The surplus, built when first used (the <c>disruption</c> level): the policy levels' price leaves it out, and
    /// a variable per school × stage × subject that receives someone only slows their completion.
    /// </summary>
    public IntVar Surplus => SurplusCount.Value;

    /// <summary>Kilometres a later level may add, as a share of the kilometres reached: the balance level may
    /// choose a farther school for a move, never an extra move.</summary>
    public const double KmSlack = 0.10;

    /// <summary>The weighted cost of the moves: <c>disruption</c>'s objective.</summary>
    public LinearExpr Cost(ObjectiveWeights w) => Price(w) + w.DisruptionSurplus * Surplus;

    /// <summary>
    /// The price of moves in the policy levels: the cost of each move itself, without the surplus. Priced there
    /// too, the surplus left the 5 000-teacher county's shortage level proven within 2.3–3.3 % in five runs
    /// (weights 20 and 5) instead of 1.5–1.8 %: the search improved the shortage more slowly. See solver/README.md.
    /// </summary>
    public LinearExpr Price(ObjectiveWeights w) =>
        w.DisruptionMove * Moved + w.DisruptionItinerant * Itinerant + w.DisruptionItinerantRow * ItinerantRows
        + w.DisruptionUnwilling * Unwilling + w.DisruptionRecent * Recent + w.DisruptionSideways * Sideways + w.DisruptionAway * Away
        + w.DisruptionKm * Km - Credit;

    /// <summary>Holds every count at the value reached (km with <see cref="KmSlack"/>) for the levels after.</summary>
    public void Hold(CpModel model, long[] solution)
    {
        foreach (var count in new[] { Moved, Itinerant, ItinerantRows, Unwilling, Recent, Sideways, Away, Surplus })
        {
            model.Add(count <= solution[count.Index]);
        }
        model.Add(Km <= (long)Math.Ceiling(solution[Km.Index] * (1 + KmSlack)));
    }
}
