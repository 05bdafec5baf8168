namespace Jiaoling.Rotation.Solver;

/// <summary>
/// Size of the CP-SAT model: variables and constraints with every objective level added, how many teacher pools and candidate
/// moves it has, and the seconds CP-SAT spent in presolve on the first level.
/// </summary>
public sealed record ModelStats(int Variables, int Constraints, int Pools, int Candidates, double PresolveSeconds);
