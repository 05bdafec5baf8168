namespace Jiaoling.Rotation.Domain;

/// <summary>
/// One county's dataset as read from its folder: schools, teachers, demand (null when the county gave
/// none and it must be derived), road distances, policy and review decisions.
/// </summary>
public sealed record Dataset
{
    public required IReadOnlyList<School> Schools { get; init; }
    public required IReadOnlyList<Teacher> Teachers { get; init; }
    public IReadOnlyList<DemandEntry>? Demand { get; init; }
    public IReadOnlyList<DistanceOverride> Distances { get; init; } = [];
    public Policy Policy { get; init; } = new();
    public IReadOnlyList<Decision> Decisions { get; init; } = [];
}
