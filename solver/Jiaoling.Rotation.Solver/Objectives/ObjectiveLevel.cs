using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>One level of the lexicographic objective: its name and the integer expression minimised.</summary>
internal sealed record ObjectiveLevel(string Name, LinearExpr Expression);
