namespace Jiaoling.Rotation.Domain;

/// <summary>Why a teacher is not eligible (符合交流条件) for rotation, in the order the rules test it.</summary>
public enum IneligibilityReason
{
    /// <summary>Eligible: no reason.</summary>
    None,
    Principal,
    StaffType,
    Exempt,
    NearRetirement,
    OnRotation,
    TooFewYears,
    OutOfScope,
}
