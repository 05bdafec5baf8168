namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// One stage × indicator of the per-school minimums over the schools with students in the stage: the
/// minimum used, how many schools there are, how many meet it, and their summed shortfall in teachers.
/// </summary>
public sealed record StandardTally(decimal Minimum, int Schools, int Meeting, decimal Shortfall);
