namespace Jiaoling.Rotation.Domain;

/// <summary>
/// The contract's definitions of retirement, years at school, movable and eligible (符合交流条件),
/// all as of the policy's plan start date.
/// </summary>
public static class Eligibility
{
    /// <summary>The retirement date: the given one, else birth date plus the policy's age for the gender.</summary>
    public static DateOnly RetirementDate(Teacher t, Policy p) => t.RetirementDate
        ?? DateMath.AddYears(t.BirthDate, t.Gender == Gender.Male ? p.RetirementAgeMale : p.RetirementAgeFemale);

    public static TeacherStatus Assess(Teacher t, School school, Policy p)
    {
        var now = p.PlanStartDate;
        var retirement = RetirementDate(t, p);
        var nearRetirement = retirement <= DateMath.AddYears(now, p.RetirementExemptionYears);
        // A teacher whose post is held at another school is on rotation until the return (multi-year extension).
        var onRotation = (t.LastRotationEnd is { } end && end >= now) || t.PostSchoolId is not null;
        var yearsAtSchool = DateMath.WholeYears(t.SchoolStartDate, now);
        var yearsInRole = t.RoleStartDate is { } rs ? DateMath.WholeYears(rs, now) : 0;
        var reason = t switch
        {
            { Role: Role.Principal } => IneligibilityReason.Principal,
            { StaffType: StaffType.SpecialPost or StaffType.Substitute } => IneligibilityReason.StaffType,
            { Exemption: not Exemption.None } => IneligibilityReason.Exempt,
            _ when nearRetirement => IneligibilityReason.NearRetirement,
            _ when onRotation => IneligibilityReason.OnRotation,
            _ => IneligibilityReason.None,
        };
        var movable = reason == IneligibilityReason.None;
        if (movable && yearsAtSchool < p.MinYearsAtSchool)
        {
            reason = IneligibilityReason.TooFewYears;
        }
        else if (movable && p.ExchangeScope == ExchangeScope.UrbanTown && school.Area == Area.Rural)
        {
            reason = IneligibilityReason.OutOfScope;
        }
        return new TeacherStatus(retirement, nearRetirement, onRotation, yearsAtSchool, yearsInRole,
            movable, reason == IneligibilityReason.None, reason)
        {
            Volunteer = movable && t.Willing == Willingness.Yes,
        };
    }

    /// <summary>Whether a principal must rotate: years in role reached, not exempt, not near retirement.</summary>
    public static bool PrincipalDue(Teacher t, TeacherStatus s, Policy p) =>
        t.IsPrincipal && s.YearsInRole >= p.PrincipalMaxYears && t.Exemption == Exemption.None && !s.NearRetirement;

    /// <summary>Whether the school's teachers fall in the scope the minimum exchange ratio counts.</summary>
    public static bool InExchangeScope(School s, Policy p) =>
        p.ExchangeScope == ExchangeScope.County || s.Area != Area.Rural;
}
