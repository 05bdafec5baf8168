using Jiaoling.Rotation.Domain.Tests.Builders;

namespace Jiaoling.Rotation.Domain.Tests.Eligibility;

public class EligibilityTests
{
    private static readonly Policy Defaults = new();
    private static readonly School Town = Make.School("S", Area.Town, primary: 300);

    private static TeacherStatus Assess(Teacher t, School? school = null, Policy? policy = null) =>
        Domain.Eligibility.Assess(t, school ?? Town, policy ?? Defaults);

    private static Teacher Eligible => Make.Teacher("t1", "S");

    [Fact]
    public void Teacher_with_ten_years_is_eligible()
    {
        var status = Assess(Eligible);

        Assert.True(status.Eligible);
        Assert.Equal(IneligibilityReason.None, status.Reason);
    }

    [Fact]
    public void Retirement_exactly_exemption_years_after_plan_start_is_near_retirement()
    {
        var status = Assess(Eligible with { RetirementDate = Make.PlanStart.AddYears(3) });

        Assert.True(status.NearRetirement);
        Assert.Equal(IneligibilityReason.NearRetirement, status.Reason);
    }

    [Fact]
    public void Retirement_a_day_later_is_not_near_retirement()
    {
        var status = Assess(Eligible with { RetirementDate = Make.PlanStart.AddYears(3).AddDays(1) });

        Assert.False(status.NearRetirement);
        Assert.True(status.Eligible);
    }

    [Fact]
    public void Born_on_29_February_retires_on_28_February_in_a_common_year()
    {
        var woman = Eligible with { Gender = Gender.Female, BirthDate = new DateOnly(1976, 2, 29) };
        var man = Eligible with { Gender = Gender.Male, BirthDate = new DateOnly(1972, 2, 29) };

        Assert.Equal(new DateOnly(2031, 2, 28), Domain.Eligibility.RetirementDate(woman, Defaults));
        Assert.Equal(new DateOnly(2032, 2, 29), Domain.Eligibility.RetirementDate(man, Defaults));
    }

    [Theory]
    [InlineData("2022-02-28", 6)]
    [InlineData("2022-02-27", 5)]
    public void Leap_day_start_completes_its_years_on_28_February(string planStart, int years)
    {
        var teacher = Eligible with { SchoolStartDate = new DateOnly(2016, 2, 29) };

        var status = Assess(teacher, policy: new Policy { PlanStartDate = DateOnly.Parse(planStart) });

        Assert.Equal(years, status.YearsAtSchool);
    }

    [Fact]
    public void Start_after_plan_start_counts_zero_years()
    {
        var status = Assess(Eligible with { SchoolStartDate = Make.PlanStart.AddDays(30) });

        Assert.Equal(0, status.YearsAtSchool);
        Assert.Equal(IneligibilityReason.TooFewYears, status.Reason);
        Assert.True(status.Movable);
    }

    [Fact]
    public void Exactly_min_years_makes_eligible_and_a_day_less_does_not()
    {
        Assert.True(Assess(Eligible with { SchoolStartDate = Make.PlanStart.AddYears(-6) }).Eligible);
        Assert.False(Assess(Eligible with { SchoolStartDate = Make.PlanStart.AddYears(-6).AddDays(1) }).Eligible);
    }

    [Fact]
    public void Urban_town_scope_leaves_rural_teachers_out_but_keeps_town_ones()
    {
        var policy = new Policy { ExchangeScope = ExchangeScope.UrbanTown };

        Assert.Equal(IneligibilityReason.OutOfScope, Assess(Eligible, Make.School("R", Area.Rural), policy).Reason);
        Assert.True(Assess(Eligible, Town, policy).Eligible);
        Assert.True(Assess(Eligible, Make.School("U", Area.Urban), policy).Eligible);
    }

    [Fact]
    public void Rural_volunteer_out_of_scope_stays_movable_and_may_transfer()
    {
        var policy = new Policy { ExchangeScope = ExchangeScope.UrbanTown };

        var status = Assess(Eligible with { Willing = Willingness.Yes }, Make.School("R", Area.Rural), policy);

        Assert.True(status.Movable);
        Assert.True(status.MayTransfer);
    }

    public static TheoryData<Teacher, IneligibilityReason> Reasons => new()
    {
        { Make.Principal("p", "S"), IneligibilityReason.Principal },
        { Eligible with { StaffType = StaffType.SpecialPost }, IneligibilityReason.StaffType },
        { Eligible with { StaffType = StaffType.Substitute }, IneligibilityReason.StaffType },
        { Eligible with { StaffType = StaffType.Contract }, IneligibilityReason.None },
        { Eligible with { Exemption = Exemption.Pregnancy }, IneligibilityReason.Exempt },
        { Eligible with { Exemption = Exemption.Other }, IneligibilityReason.Exempt },
        { Eligible with { RetirementDate = new DateOnly(2028, 1, 1) }, IneligibilityReason.NearRetirement },
        { Eligible with { LastRotationEnd = Make.PlanStart }, IneligibilityReason.OnRotation },
        { Eligible with { LastRotationEnd = Make.PlanStart.AddDays(-1) }, IneligibilityReason.None },
        { Eligible with { SchoolStartDate = Make.PlanStart.AddYears(-2) }, IneligibilityReason.TooFewYears },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Each_reason_is_reported(Teacher teacher, IneligibilityReason reason)
    {
        var status = Assess(teacher);

        Assert.Equal(reason, status.Reason);
        Assert.Equal(reason == IneligibilityReason.None, status.Eligible);
    }

    [Fact]
    public void Only_movable_volunteers_are_volunteers()
    {
        Assert.True(Assess(Eligible with { Willing = Willingness.Yes, SchoolStartDate = Make.PlanStart }).Volunteer);
        Assert.False(Assess(Eligible with { Willing = Willingness.Yes, Exemption = Exemption.Illness }).Volunteer);
    }
}
