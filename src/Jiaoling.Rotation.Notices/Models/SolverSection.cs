namespace Jiaoling.Rotation.Notices.Models;

/// <summary>How the solver did: the overall status, seconds and gap, and each objective level.</summary>
public sealed record SolverSection(string Status, string Seconds, string Gap, IReadOnlyList<SolverLevelRow> Levels);
