namespace Jiaoling.Rotation.Domain;

/// <summary>
/// What the rotation register says of teachers' earlier rotations: when a teacher last went, how many whole
/// years ago that was. (How many of a year's teachers had rotated before is <c>RotationMetrics.RotatedBefore</c>:
/// rollover writes every register rotation's end into <c>last_rotation_end</c>.)
/// </summary>
public static class RotationHistory
{
    /// <summary>The start of the teacher's latest rotation that began on or before <paramref name="asOf"/>, or null when none did.</summary>
    public static DateOnly? LastStart(IEnumerable<PastRotation> register, TeacherId teacher, DateOnly asOf) =>
        register.Where(r => r.Teacher == teacher && r.IsRotation && r.Start <= asOf)
            .Select(r => (DateOnly?)r.Start)
            .Max();

    /// <summary>
    /// Whole years from the start of the teacher's latest rotation to <paramref name="asOf"/> (0 for one starting that
    /// day); null when the register has none.
    /// </summary>
    public static int? YearsSinceLast(IEnumerable<PastRotation> register, TeacherId teacher, DateOnly asOf) =>
        LastStart(register, teacher, asOf) is { } start ? DateMath.WholeYears(start, asOf) : null;
}
