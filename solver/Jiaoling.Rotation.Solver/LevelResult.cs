namespace Jiaoling.Rotation.Solver;

/// <summary>
/// One objective level of the lexicographic solve: its name (shortage, balance, disruption), status
/// (optimal, feasible), the objective reached and the proven bound (the level's own units), the relative
/// gap as a fraction, and the seconds spent.
/// </summary>
public sealed record LevelResult(string Name, string Status, double Objective, double Bound, double Gap, double Seconds);
