namespace Jiaoling.Rotation.Domain;

/// <summary>Required full-time equivalents (FTE) of one subject in one stage of one school.</summary>
public sealed record DemandEntry(DemandKey Key, decimal RequiredFte);
