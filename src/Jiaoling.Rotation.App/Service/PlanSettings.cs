namespace Jiaoling.Rotation.App.Service;

/// <summary>Solver settings of one run: wall-clock time limit, CP-SAT workers and random seed.</summary>
public sealed record PlanSettings(TimeSpan TimeLimit, int Workers, int Seed);
