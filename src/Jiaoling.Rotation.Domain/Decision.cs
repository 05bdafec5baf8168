namespace Jiaoling.Rotation.Domain;

/// <summary>A review decision (复核决定) the next plan must respect; <see cref="School"/> is null for stay.</summary>
public sealed record Decision(TeacherId Teacher, DecisionKind Kind, SchoolId? School);
