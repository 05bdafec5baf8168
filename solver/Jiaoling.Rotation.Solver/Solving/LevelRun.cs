using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>What the lexicographic solve ended with: the first level's CP-SAT status, the levels, the last solution.</summary>
internal sealed record LevelRun(CpSolverStatus FirstStatus, IReadOnlyList<LevelResult> Levels, long[]? Solution, double PresolveSeconds);
