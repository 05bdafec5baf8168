using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// Returns at the end of a term. X works at rural R while the post is held at urban U; the term ended on
/// the plan start. R needs one CHN teacher and X is its only one; with X back, U can spare one of Y and Z
/// (unless it needs all three).
/// </summary>
public sealed class ReturnsTests
{
    private static CountyBuilder Exchange(bool spare = true, bool stays = false)
    {
        var start = new Policy().PlanStartDate;
        var builder = Scenario.Quiet()
            .School("U").School("R", s => s.Rural().At(15))
            .Demand("U", Subject.CHN, spare ? 2m : 3m).Demand("R", Subject.CHN, 1m)
            .Teacher("X", "R", t => t.With(x => x with { PostSchoolId = new SchoolId("U"), LastRotationEnd = start }))
            .Teacher("Y", "U").Teacher("Z", "U");
        return stays ? builder.Decide("X", DecisionKind.Stay) : builder;
    }

    [Fact]
    public void A_teacher_whose_term_ended_returns_and_the_post_left_behind_is_filled()
    {
        var rows = Scenario.Rows(Scenario.Solve(Exchange()));

        Assert.Contains("X return R→U CHN 1.0", rows);
        Assert.Single(rows, r => r.EndsWith(" transfer U→R CHN 1.0", StringComparison.Ordinal));
        Assert.Equal(2, rows.Length);
    }

    [Fact]
    public void When_nobody_can_fill_the_post_the_return_still_happens_and_the_plan_is_valid()
    {
        var outcome = Scenario.Solve(Exchange(spare: false));

        Assert.Equal(["X return R→U CHN 1.0"], Scenario.Rows(outcome));
    }

    [Fact]
    public void The_rural_school_a_teacher_returns_from_ends_no_worse_off_than_before_the_return()
    {
        var builder = Exchange();

        var vacancy = Assert.Single(ReturnVacancy.Of(builder.Build(), Scenario.Solve(builder).Plan));

        Assert.Equal((0m, 1m, 0m), (vacancy.Before, vacancy.AfterReturn, vacancy.After));
        Assert.True(vacancy.Filled);
        Assert.Equal("U", Assert.Single(vacancy.FilledBy).From.Value);
    }

    [Fact]
    public void When_the_post_stays_empty_the_report_says_which_rule_kept_everyone_home()
    {
        var builder = Exchange(spare: false);

        var vacancy = Assert.Single(ReturnVacancy.Of(builder.Build(), Scenario.Solve(builder).Plan));

        Assert.False(vacancy.Filled);
        Assert.Equal(1m, vacancy.After);
        Assert.Contains("no_new_shortage", vacancy.Why);
    }

    [Fact]
    public void A_teacher_hr_rules_to_stay_does_not_return()
    {
        Assert.Empty(Scenario.Rows(Scenario.Solve(Exchange(stays: true))));
    }

    [Fact]
    public void A_plan_without_a_due_return_breaks_plan_format_and_a_return_not_due_breaks_eligibility()
    {
        var county = Exchange().Build();
        var y = county.Teachers[new TeacherId("Y")];
        var early = new Plan([Assignment.Of(y, AssignmentKind.Return, new SchoolId("R"), Subject.CHN, 1m, county.Policy, "")]);

        var ids = PlanChecker.Check(county, early).Select(v => v.RuleId).ToList();

        Assert.Contains("plan_format", ids);
        Assert.Contains("eligibility", ids);
    }

    [Fact]
    public void Without_post_schools_nobody_returns()
    {
        var county = Scenario.Quiet().School("U").School("R", s => s.Rural().At(15))
            .Teacher("X", "R", t => t.With(x => x with { LastRotationEnd = new Policy().PlanStartDate.AddYears(-1) })).Build();

        Assert.Empty(county.Baseline.Assignments);
    }
}
