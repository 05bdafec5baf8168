namespace Jiaoling.Rotation.Domain;

/// <summary>
/// What the rotation register says of teachers' earlier rotations: when a teacher last went, how many whole
/// years ago that was, and how many of a year's teachers had rotated before.
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

    /// <summary>
    /// Whether the teacher had rotated before the county's plan start date: the register holds a rotation of the
    /// teacher that began earlier, or teachers.csv gives a <c>last_rotation_end</c> (a rotation from before the
    /// register was kept).
    /// </summary>
    public static bool RotatedBefore(Teacher teacher, ILookup<TeacherId, PastRotation> register, DateOnly planStart) =>
        teacher.LastRotationEnd is not null || register[teacher.Id].Any(r => r.IsRotation && r.Start < planStart);

    /// <summary>How many of the county's teachers (principals included) had rotated before its plan start date.</summary>
    public static int CountRotatedBefore(County county, IEnumerable<PastRotation> register)
    {
        var byTeacher = register.ToLookup(r => r.Teacher);
        return county.Dataset.Teachers.Count(t => RotatedBefore(t, byTeacher, county.Policy.PlanStartDate));
    }

    /// <summary>
    /// Of the distinct teachers a plan sends (transfer, itinerant and principal rows), how many had rotated before
    /// the county's plan start date.
    /// </summary>
    public static int CountRotatedBefore(County county, Plan plan, IEnumerable<PastRotation> register)
    {
        var byTeacher = register.ToLookup(r => r.Teacher);
        return plan.Assignments.Where(a => a.Kind != AssignmentKind.Return)
            .Select(a => a.TeacherId).Distinct()
            .Count(id => county.Teachers.TryGetValue(id, out var t) && RotatedBefore(t, byTeacher, county.Policy.PlanStartDate));
    }
}
