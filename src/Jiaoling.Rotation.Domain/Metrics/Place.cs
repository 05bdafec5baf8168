namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// Where a school stands for the direction of rotation (county plan item 19: urban and town teachers to
/// rural and weak schools): its area type, except that a weak school is counted apart, whatever its area.
/// </summary>
public enum Place
{
    Urban,
    Town,
    Rural,
    Weak,
}
