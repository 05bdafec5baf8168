namespace Jiaoling.Rotation.Notices.Models;

/// <summary>One objective level of the solve, formatted for the report.</summary>
public sealed record SolverLevelRow(string Name, string Status, string Objective, string Bound, string Gap, string Seconds);
