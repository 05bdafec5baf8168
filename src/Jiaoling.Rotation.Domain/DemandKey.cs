namespace Jiaoling.Rotation.Domain;

/// <summary>One school × stage × subject, the unit of demand and supply.</summary>
public readonly record struct DemandKey(SchoolId School, Stage Stage, Subject Subject);
