namespace Jiaoling.Rotation.Domain;

/// <summary>
/// The planner's objectives in HR's order of priority, solved one level after another, with the
/// integer weights inside each level. Keys in policy.json are the snake_case property names.
/// </summary>
public sealed record ObjectiveWeights
{
    /// <summary>Level names in the order solved: <c>shortage</c>, <c>balance</c>, <c>disruption</c>.</summary>
    public IReadOnlyList<string> Order { get; init; } = ["shortage", "balance", "disruption"];

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

    /// <summary>Cost of each move (transfer, itinerant share, principal move) beyond what rules require.</summary>
    public int DisruptionMove { get; init; } = 20;

    /// <summary>Cost per km between the teacher's home and the new school.</summary>
    public int DisruptionKm { get; init; } = 1;

    /// <summary>Cost of moving a teacher who said they are unwilling.</summary>
    public int DisruptionUnwilling { get; init; } = 60;

    /// <summary>Credit for moving a volunteer.</summary>
    public int DisruptionVolunteer { get; init; } = 10;

    /// <summary>Credit for sending a teacher who needs rural service to a rural or weak school.</summary>
    public int DisruptionRuralService { get; init; } = 10;
}
