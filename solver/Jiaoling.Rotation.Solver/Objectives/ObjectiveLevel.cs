using Google.OrTools.Sat;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// One level of the lexicographic objective: its name and how to build the integer expression it
/// minimises. Levels are built only when solved, so earlier levels' models stay small.
/// </summary>
internal sealed record ObjectiveLevel(string Name, Func<RotationModel, LinearExpr> Build);
