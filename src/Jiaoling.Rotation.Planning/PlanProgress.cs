namespace Jiaoling.Rotation.Planning;

/// <summary>A progress report of a running solve: the objective level, incumbent, bound and time spent.</summary>
public sealed record PlanProgress(string? Level, double? Objective, double? Bound, TimeSpan Elapsed);
