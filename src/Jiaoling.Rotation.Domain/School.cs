namespace Jiaoling.Rotation.Domain;

/// <summary>A school or teaching point (教学点) as schools.csv describes it.</summary>
public sealed record School
{
    public required SchoolId Id { get; init; }
    public required string Name { get; init; }
    public required string Town { get; init; }
    public required Area Area { get; init; }
    public required SchoolLevel Level { get; init; }
    public bool TeachingPoint { get; init; }
    public SchoolId? ParentSchoolId { get; init; }
    public bool Weak { get; init; }
    public bool Boarding { get; init; }
    public StageEnrolment Primary { get; init; } = StageEnrolment.Empty;
    public StageEnrolment Junior { get; init; } = StageEnrolment.Empty;
    public int SpecialNeedsStudents { get; init; }
    public int? StaffQuota { get; init; }
    public required GeoPoint Location { get; init; }
    public string? GroupId { get; init; }

    /// <summary>Whether the school's level includes the stage (a nine-year school has both).</summary>
    public bool HasStage(Stage stage) => Level == SchoolLevel.NineYear
        || (stage == Stage.Primary ? Level == SchoolLevel.Primary : Level == SchoolLevel.Junior);

    public StageEnrolment Enrolment(Stage stage) => stage == Stage.Primary ? Primary : Junior;

    public int Students => Primary.Students + Junior.Students;

    /// <summary>Rural, weak or a teaching point: where the county sends teachers first.</summary>
    public bool IsPriorityReceiver => Area == Area.Rural || Weak || TeachingPoint;
}
