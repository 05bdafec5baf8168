using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>
/// One entry of the rotation register: a row of a final plan (teacher, kind, schools with their names as
/// they were then, subject, share, dates) with the plan version it came from and who published it.
/// </summary>
public sealed record RegisterEntry
{
    public required long Id { get; init; }
    public required string County { get; init; }
    public required string DatasetName { get; init; }
    public required int DatasetVersion { get; init; }
    public required long VersionId { get; init; }
    public required long RunId { get; init; }
    public required string TeacherId { get; init; }
    public required string TeacherName { get; init; }
    public required AssignmentKind Kind { get; init; }
    public required string FromSchoolId { get; init; }
    public required string FromSchoolName { get; init; }
    public required string ToSchoolId { get; init; }
    public required string ToSchoolName { get; init; }
    public required Stage Stage { get; init; }
    public Subject? Subject { get; init; }
    public required decimal Share { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }
    public required string PublishedBy { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>The entry as the domain's fairness and history functions take it.</summary>
    public PastRotation ToPast() =>
        new(new TeacherId(TeacherId), Kind, new SchoolId(FromSchoolId), new SchoolId(ToSchoolId), StartDate, EndDate);
}
