namespace Jiaoling.Rotation.Domain;

/// <summary>
/// A row of an earlier year's final plan as the rotation register (交流轮岗登记册) keeps it: which teacher
/// went from which school to which, of which kind, from when until when.
/// </summary>
public sealed record PastRotation(TeacherId Teacher, AssignmentKind Kind, SchoolId From, SchoolId To, DateOnly Start, DateOnly End)
{
    /// <summary>
    /// Whether the row moved the teacher's work to another school: a transfer or a principal move. An itinerant
    /// share keeps the home post and a return ends a rotation, so neither counts as one.
    /// </summary>
    public bool IsRotation => Kind is AssignmentKind.Transfer or AssignmentKind.Principal;
}
