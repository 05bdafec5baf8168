using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Rules;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// Returns at the end of a term. X works at rural R while the post is held at urban U (100 students); the
/// term ended on the plan start. R needs one CHN teacher and X is its only one; U has CHN teachers Y and Z
/// (or only Y, its one backbone teacher, which keeps U at the backbone minimum, with R too far for itinerant
/// teaching).
/// </summary>
public sealed class ReturnsTests
{
    private static CountyBuilder Exchange(decimal demandAtU = 2m, bool loneBackbone = false, bool stays = false, double? maxTransferKm = null)
    {
        var start = new Policy().PlanStartDate;
        var builder = Scenario.Quiet()
            .School("U", s => s.Students(100)).School("R", s => s.Rural().At(15))
            .Demand("U", Subject.CHN, demandAtU).Demand("R", Subject.CHN, 1m)
            .Teacher("X", "R", t => t.With(x => x with { PostSchoolId = new SchoolId("U"), LastRotationEnd = start }));
        builder = loneBackbone
            ? builder.Teacher("Y", "U", t => t.Backbone()).Policy(p => p with { ItinerantMaxKm = 10 })
            : builder.Teacher("Y", "U").Teacher("Z", "U");
        if (maxTransferKm is { } km)
        {
            builder = builder.Policy(p => p with { MaxTransferKm = km, ItinerantMaxKm = km });
        }
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
        var outcome = Scenario.Solve(Exchange(loneBackbone: true));

        Assert.Equal(["X return R→U CHN 1.0"], Scenario.Rows(outcome));
    }

    [Fact]
    public void A_post_school_short_while_its_teacher_was_away_may_send_a_colleague_to_the_vacancy_and_end_as_short_as_it_was()
    {
        var builder = Exchange(demandAtU: 3m);
        var county = builder.Build();

        var plan = Scenario.Solve(builder).Plan;

        Assert.Single(Scenario.Rows(Scenario.Solve(builder)), r => r.EndsWith(" transfer U→R CHN 1.0", StringComparison.Ordinal));
        var unmet = county.Unmet(Supply.Of(county.Dataset.Teachers, plan));
        Assert.Equal((1m, 0m), (unmet.GetValueOrDefault(new DemandKey(new SchoolId("U"), Stage.Primary, Subject.CHN)),
            unmet.GetValueOrDefault(new DemandKey(new SchoolId("R"), Stage.Primary, Subject.CHN))));
    }

    [Fact]
    public void A_post_school_lifted_to_a_minimum_only_by_its_returning_teacher_may_still_send_a_colleague()
    {
        // U (200 students) needs two backbone teachers: it had one, Y, while backbone X was away, and X's return
        // lifts it to the minimum. keep_standards protects what U had both before and after the return: one.
        var start = new Policy().PlanStartDate;
        var builder = Scenario.Quiet()
            .Policy(p => p with { ItinerantMaxKm = 10 })
            .School("U", s => s.Students(200)).School("R", s => s.Rural().At(15))
            .Demand("U", Subject.CHN, 1m).Demand("R", Subject.CHN, 1m)
            .Teacher("X", "R", t => t.Backbone().With(x => x with { PostSchoolId = new SchoolId("U"), LastRotationEnd = start }))
            .Teacher("Y", "U", t => t.Backbone());

        Assert.Contains("Y transfer U→R CHN 1.0", Scenario.Rows(Scenario.Solve(builder)));
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
        var builder = Exchange(loneBackbone: true);

        var vacancy = Assert.Single(VacancyReasons.Explain(builder.Build(), Scenario.Solve(builder).Plan));

        Assert.False(vacancy.Filled);
        Assert.Equal(1m, vacancy.After);
        Assert.Contains(RuleIds.KeepStandards, vacancy.Why);
    }

    [Fact]
    public void A_post_left_empty_because_the_host_is_farther_than_a_transfer_may_go_is_explained_by_max_transfer_km()
    {
        var builder = Exchange(maxTransferKm: 10);
        var county = builder.Build();
        var plan = Scenario.Solve(builder).Plan;

        var vacancy = Assert.Single(VacancyReasons.Explain(county, plan));

        Assert.False(vacancy.Filled);
        Assert.Equal(2, vacancy.Candidates.Count);
        Assert.Contains(RuleIds.MaxTransferKm, vacancy.Why);
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
