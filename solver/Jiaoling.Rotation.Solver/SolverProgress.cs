namespace Jiaoling.Rotation.Solver;

/// <summary>An improving solution: the level being solved, its objective and bound, seconds since the run began.</summary>
public sealed record SolverProgress(string Level, double Objective, double Bound, double ElapsedSeconds);
