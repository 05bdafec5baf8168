namespace Jiaoling.Rotation.Domain;

/// <summary>
/// The planner's objectives in the order HR signs a plan off, solved one level after another, with the
/// integer weights inside each level. Keys in policy.json are the snake_case property names.
/// </summary>
public sealed record ObjectiveWeights
{
    /// <summary>
    /// The level names, each once, in the default order: <c>shortage</c> (unmet shortage-subject and
    /// resource-teacher demand), <c>standards</c> (per-school minimums), <c>cv</c> (coefficients of variation
    /// above the standard), <c>disruption</c> (direction, unwilling teachers, people moved, km) and
    /// <c>balance</c> (the CVs below the standard, without moving anyone extra).
    /// </summary>
    public static readonly IReadOnlyList<string> Levels = ["shortage", "standards", "cv", "disruption", "balance"];

    /// <summary>Level names in the order solved: a permutation of <see cref="Levels"/>.</summary>
    public IReadOnlyList<string> Order { get; init; } = Levels;

    /// <summary>Weight of a tenth of an FTE of unmet shortage-subject demand at any school.</summary>
    public int ShortageBase { get; init; } = 10;

    /// <summary>Extra weight at a rural school.</summary>
    public int ShortageRural { get; init; } = 6;

    /// <summary>Extra weight at a weak school.</summary>
    public int ShortageWeak { get; init; } = 4;

    /// <summary>Extra weight at a teaching point.</summary>
    public int ShortageTeachingPoint { get; init; } = 4;

    /// <summary>Extra weight at a boarding school.</summary>
    public int ShortageBoarding { get; init; } = 2;

    /// <summary>Extra weight per 500 students of the school (bigger schools weigh more).</summary>
    public int ShortagePer500Students { get; init; } = 1;

    /// <summary>
    /// Shortage points (weighted tenths of an FTE) the shortage level pays per 100 disruption points of
    /// moves: with 20, a plain move must fill at least 0.2 FTE at an ordinary school to be made.
    /// </summary>
    public int ShortageMovePrice { get; init; } = 20;

    /// <summary>Hundredths of a teacher of shortfall the standards level pays per 100 disruption points of moves.</summary>
    public int StandardsMovePrice { get; init; } = 50;

    /// <summary>Millionths of CV² above the standard the cv level pays per 100 disruption points of moves.</summary>
    public int CvMovePrice { get; init; } = 500;

    /// <summary>Cost of each person who changes post (transfer or principal move).</summary>
    public int DisruptionMove { get; init; } = 100;

    /// <summary>Cost of each itinerant teacher, on top of <see cref="DisruptionItinerantRow"/> per school served.</summary>
    public int DisruptionItinerant { get; init; } = 40;

    /// <summary>Cost of each itinerant row (each school an itinerant teacher serves).</summary>
    public int DisruptionItinerantRow { get; init; } = 20;

    /// <summary>Cost per km between the teacher's home and the new school.</summary>
    public int DisruptionKm { get; init; } = 1;

    /// <summary>
    /// Cost per tenth of an FTE a transfer adds to a school's subject beyond what it needs (above the greater of
    /// demand and the supply before the plan): 200 a whole teacher sent where there is no post for them.
    /// </summary>
    public int DisruptionSurplus { get; init; } = 20;

    /// <summary>Cost of moving a teacher who said they are unwilling.</summary>
    public int DisruptionUnwilling { get; init; } = 300;

    /// <summary>Cost of moving a teacher whose last rotation ended less than a term before the plan start.</summary>
    public int DisruptionRecent { get; init; } = 200;

    /// <summary>Cost of a transfer between two schools of the same area type, neither weak (sideways).</summary>
    public int DisruptionSideways { get; init; } = 300;

    /// <summary>Cost of a transfer that is neither toward a rural or weak school nor sideways (e.g. rural to urban).</summary>
    public int DisruptionAway { get; init; } = 150;

    /// <summary>
    /// The direction floor: counted transfers between two schools of the same area type, neither weak, may be
    /// at most this percent of the transfers the exchange ratio asks for (100 sets no floor). Kept before
    /// every level where the plan can keep it (see the solver's DirectionFloor).
    /// </summary>
    public int MaxSidewaysPercent { get; init; } = 15;

    /// <summary>Credit for moving a volunteer.</summary>
    public int DisruptionVolunteer { get; init; } = 20;

    /// <summary>Credit for sending a teacher who needs rural service to a rural or weak school.</summary>
    public int DisruptionRuralService { get; init; } = 20;
}
