namespace Jiaoling.Rotation.Domain;

/// <summary>A road distance between two schools that replaces the straight-line one, both ways.</summary>
public sealed record DistanceOverride(SchoolId From, SchoolId To, double Km);
