namespace Jiaoling.Rotation.Domain;

/// <summary>What the contract's definitions say of one teacher as of the plan's start date.</summary>
public sealed record TeacherStatus(
    DateOnly RetirementDate,
    bool NearRetirement,
    bool OnRotation,
    int YearsAtSchool,
    int YearsInRole,
    bool Movable,
    bool Eligible,
    IneligibilityReason Reason)
{
    /// <summary>A movable teacher who said yes: may transfer whatever the years at school.</summary>
    public bool Volunteer { get; init; }

    /// <summary>May be given a transfer row (rule <c>eligibility</c>).</summary>
    public bool MayTransfer => Eligible || Volunteer;
}
