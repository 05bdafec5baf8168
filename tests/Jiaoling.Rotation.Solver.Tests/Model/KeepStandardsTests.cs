using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// keep_standards on two schools of 100 students each, where one backbone teacher per 100 students is the
/// minimum: urban S1 meets it with its one backbone teacher T1 (a CHN teacher who can teach music and
/// whom S1 can spare), rural S2 lacks a music teacher.
/// </summary>
public sealed class KeepStandardsTests
{
    private static CountyBuilder Lone_backbone_teacher(bool keep, int students = 100) => Scenario.Quiet()
        .Policy(p => p with { KeepStandards = keep })
        .School("S1", s => s.Students(students)).School("S2", s => s.Rural().Students(100).At(20))
        .Demand("S1", Subject.CHN, 0m).Demand("S2", Subject.MUS, 1m)
        .Teacher("T1", "S1", t => t.Backbone().Teaching(Subject.CHN, Subject.MUS));

    [Theory]
    [InlineData(true, new[] { "T1 itinerant S1→S2 MUS 0.5" })]
    [InlineData(false, new[] { "T1 transfer S1→S2 MUS 1.0" })]
    public void Keep_standards_stops_the_only_backbone_teacher_leaving_a_school_at_its_minimum_so_he_teaches_there_part_time(
        bool keep, string[] expected)
    {
        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(Lone_backbone_teacher(keep))));
    }

    [Fact]
    public void Checker_reports_a_school_taken_below_a_minimum_it_met_with_the_teachers_needed()
    {
        var county = Lone_backbone_teacher(keep: true).Build();
        var t1 = county.Teachers[new TeacherId("T1")];
        var plan = new Plan([Assignment.Of(t1, AssignmentKind.Transfer, new SchoolId("S2"), Subject.MUS, 1m, county.Policy, "")]);

        var v = Assert.Single(PlanChecker.Check(county, plan));

        Assert.Equal("keep_standards", v.RuleId);
        Assert.Contains("学校 S1（S1学校）小学每百名学生拥有县级及以上骨干教师数由 1.000（1 人，达标）降至 0.000（0 人）", v.Message);
        Assert.Contains("100 名学生至少需 1 人", v.Message);
    }

    [Fact]
    public void Checker_lets_a_school_below_its_minimum_fall_further()
    {
        var county = Lone_backbone_teacher(keep: true, students: 200).Build();
        var t1 = county.Teachers[new TeacherId("T1")];
        var plan = new Plan([Assignment.Of(t1, AssignmentKind.Transfer, new SchoolId("S2"), Subject.MUS, 1m, county.Policy, "")]);

        Assert.DoesNotContain(PlanChecker.Check(county, plan), v => v.RuleId == "keep_standards");
    }

    [Fact]
    public void A_required_move_that_breaks_a_minimum_is_explained_naming_decisions_and_keep_standards()
    {
        var county = Lone_backbone_teacher(keep: true).Decide("T1", DecisionKind.Require, "S2");

        Scenario.AssertInfeasibleNaming(Scenario.Solve(county), "decisions", "keep_standards");
    }

    [Fact]
    public void Standards_level_lifts_a_school_to_its_minimum_with_one_spare_backbone_teacher_and_no_more()
    {
        var county = Scenario.Quiet()
            .Policy(p => p with { Objectives = p.Objectives with { Order = ["shortage", "standards", "disruption"] } })
            .School("S1", s => s.Students(100)).School("S2", s => s.Rural().Students(100).At(20))
            .Demand("S1", Subject.CHN, 0m).Demand("S2", Subject.CHN, 1m)
            .Teacher("T1", "S1", t => t.Backbone()).Teacher("T2", "S1", t => t.Backbone()).Teacher("T3", "S1", t => t.Backbone())
            .Teacher("R1", "S2");

        var rows = Scenario.Rows(Scenario.Solve(county));

        var row = Assert.Single(rows);
        Assert.Matches("^T[123] transfer S1→S2 CHN 1.0$", row);
    }
}
