namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// One objective level of the solve, formatted for the report: how far from the best it is proven is in words
/// (<see cref="Domain.Metrics.ObjectiveLabels.Verdict"/>), never a bare gap percentage.
/// </summary>
public sealed record SolverLevelRow(string Name, string Status, string Objective, string Bound, string Verdict, string Seconds);
