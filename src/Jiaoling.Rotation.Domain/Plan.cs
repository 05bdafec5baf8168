namespace Jiaoling.Rotation.Domain;

/// <summary>A yearly rotation plan: its rows, in the order plan.csv lists them.</summary>
public sealed record Plan(IReadOnlyList<Assignment> Assignments)
{
    public static readonly Plan Empty = new([]);
}
