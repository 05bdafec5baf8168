namespace Jiaoling.Rotation.Notices.Models;

/// <summary>A principal's move, as the county report lists it.</summary>
public sealed record PrincipalMove(string TeacherId, string Name, string From, string To, string Reason);
