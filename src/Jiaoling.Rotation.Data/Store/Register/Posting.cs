namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>Where one stored dataset version has a teacher: the school worked at, the school holding the post, the role.</summary>
public sealed record Posting(
    string DatasetName,
    int Version,
    DateOnly PlanStart,
    string TeacherName,
    string SchoolId,
    string SchoolName,
    string? PostSchoolId,
    string? PostSchoolName,
    string Role)
{
    /// <summary>Whether two postings put the teacher in the same place in the same role (so a history shows them as one stint).</summary>
    public bool SamePlace(Posting other) =>
        SchoolId == other.SchoolId && PostSchoolId == other.PostSchoolId && Role == other.Role;
}
