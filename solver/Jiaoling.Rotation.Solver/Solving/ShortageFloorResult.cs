namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// What <see cref="ShortageFloor"/> found: unmet shortage-subject FTE before any plan (after the returns due) and the
/// least any plan can leave.
/// </summary>
public sealed record ShortageFloorResult(double BeforeFte, double FloorFte, double Seconds);
