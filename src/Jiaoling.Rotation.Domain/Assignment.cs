namespace Jiaoling.Rotation.Domain;

/// <summary>One row of a plan: a transfer, an itinerant share (走教) or a principal move, with its reason.</summary>
public sealed record Assignment
{
    public required TeacherId TeacherId { get; init; }
    public required string TeacherName { get; init; }
    public required AssignmentKind Kind { get; init; }
    public required SchoolId From { get; init; }
    public required SchoolId To { get; init; }
    public required Stage Stage { get; init; }

    /// <summary>The subject taught at the receiving school; null for a principal row.</summary>
    public Subject? Subject { get; init; }

    /// <summary>1.0 for transfer and principal rows; the share of a post for an itinerant row.</summary>
    public required decimal Share { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }

    /// <summary>A short Chinese sentence saying what the row serves.</summary>
    public required string Reason { get; init; }

    /// <summary>
    /// A row for the teacher as the contract lays it out: from the teacher's own school, in the teacher's
    /// stage, starting on the plan's start date and ending a term later.
    /// </summary>
    public static Assignment Of(Teacher teacher, AssignmentKind kind, SchoolId to, Subject? subject, decimal share,
        Policy policy, string reason) => new()
    {
        TeacherId = teacher.Id,
        TeacherName = teacher.Name,
        Kind = kind,
        From = teacher.SchoolId,
        To = to,
        Stage = teacher.Stage,
        Subject = subject,
        Share = share,
        StartDate = policy.PlanStartDate,
        EndDate = policy.PlanEndDate,
        Reason = reason,
    };
}
