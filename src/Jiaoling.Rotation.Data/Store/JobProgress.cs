namespace Jiaoling.Rotation.Data.Store;

/// <summary>The latest progress a running solve reported: objective level, incumbent, bound, seconds.</summary>
public sealed record JobProgress(string? Level, double? Objective, double? Bound, double ElapsedSeconds);
