namespace Jiaoling.Rotation.Domain;

/// <summary>A full-time teacher (专任教师) or principal as teachers.csv describes them.</summary>
public sealed record Teacher
{
    public required TeacherId Id { get; init; }
    public required string Name { get; init; }
    public string? IdNumber { get; init; }
    public required Gender Gender { get; init; }
    public required DateOnly BirthDate { get; init; }
    public DateOnly? RetirementDate { get; init; }
    public required SchoolId SchoolId { get; init; }
    public required Stage Stage { get; init; }
    public required Subject Subject { get; init; }
    public IReadOnlyList<Subject> OtherSubjects { get; init; } = [];
    public Title Title { get; init; }
    public BackboneLevel Backbone { get; init; }
    public required Education Education { get; init; }
    public StaffType StaffType { get; init; } = StaffType.Regular;
    public required DateOnly SchoolStartDate { get; init; }
    public Role Role { get; init; } = Role.Teacher;
    public DateOnly? RoleStartDate { get; init; }
    public Exemption Exemption { get; init; }
    public TeacherId? SpouseId { get; init; }
    public Willingness Willing { get; init; }
    public bool NeedsRuralService { get; init; }
    public DateOnly? LastRotationEnd { get; init; }
    public GeoPoint? Home { get; init; }

    /// <summary>
    /// The school holding the teacher's post (人事关系学校) while the teacher works at <see cref="SchoolId"/>
    /// on a rotation; null when the post is held where the teacher works.
    /// </summary>
    public SchoolId? PostSchoolId { get; init; }

    /// <summary>The school holding the teacher's post: <see cref="PostSchoolId"/>, or else the school worked at.</summary>
    public SchoolId PostSchool => PostSchoolId ?? SchoolId;

    public bool IsPrincipal => Role == Role.Principal;

    public bool IsBackbone => Backbone != BackboneLevel.None;

    /// <summary>Whether the teacher may teach the subject: the subject taught now or a listed other one.</summary>
    public bool CanTeach(Subject subject) => Subject == subject || OtherSubjects.Contains(subject);

    /// <summary>The subject taught now followed by the other qualified subjects, without repeats.</summary>
    public IEnumerable<Subject> QualifiedSubjects => OtherSubjects.Prepend(Subject).Distinct();
}
