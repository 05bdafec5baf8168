using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// The <c>stability</c> level of a re-plan: after the policy levels it keeps the previous plan's rows, even
/// where a fresh plan would pick another teacher or school, and changes only what a decision forces.
/// </summary>
public sealed class StabilityTests
{
    // S1 can spare one music teacher (A or B), S4 one PE teacher (C or D); rural S2 lacks music, rural S3
    // PE, both too far for itinerant teaching. B and C are unwilling, so a fresh plan sends A and D.
    private static CountyBuilder TwoGaps() => Scenario.Quiet()
        .School("S1").School("S4").School("S2", s => s.Rural().At(40)).School("S3", s => s.Rural().At(-40))
        .Demand("S1", Subject.MUS, 1m).Demand("S2", Subject.MUS, 1m)
        .Demand("S4", Subject.PE, 1m).Demand("S3", Subject.PE, 1m)
        .Teacher("A", "S1", t => t.Teaching(Subject.MUS))
        .Teacher("B", "S1", t => t.Teaching(Subject.MUS).Willing(Willingness.No))
        .Teacher("C", "S4", t => t.Teaching(Subject.PE).Willing(Willingness.No))
        .Teacher("D", "S4", t => t.Teaching(Subject.PE));

    [Fact]
    public void A_fresh_plan_of_the_scenario_sends_the_willing_teachers()
    {
        Assert.Equal(["A transfer S1→S2 MUS 1.0", "D transfer S4→S3 PE 1.0"], Scenario.Rows(Scenario.Solve(TwoGaps())));
    }

    [Fact]
    public void Stability_keeps_every_previous_row_when_nothing_forces_a_change()
    {
        var builder = TwoGaps();
        var previous = Previous(builder, ("B", "S2", Subject.MUS), ("C", "S3", Subject.PE));

        var outcome = Replan(builder, previous);

        Assert.Equal(["B transfer S1→S2 MUS 1.0", "C transfer S4→S3 PE 1.0"], Scenario.Rows(outcome));
        Assert.Equal(["shortage", "stability", "disruption"], outcome.Levels.Select(l => l.Name));
        Assert.Equal(0, outcome.Levels.Single(l => l.Name == "stability").Objective);
    }

    [Fact]
    public void Stability_changes_only_the_row_a_forbid_decision_removes()
    {
        var builder = TwoGaps().Decide("B", DecisionKind.Forbid, "S2");
        var previous = Previous(builder, ("B", "S2", Subject.MUS), ("C", "S3", Subject.PE));

        var outcome = Replan(builder, previous);

        Assert.Equal(["A transfer S1→S2 MUS 1.0", "C transfer S4→S3 PE 1.0"], Scenario.Rows(outcome));
        Assert.Equal(2, outcome.Levels.Single(l => l.Name == "stability").Objective);
    }

    [Fact]
    public void Stability_comes_after_the_policy_levels_so_a_better_plan_for_the_shortage_still_wins()
    {
        // The previous plan left the PE gap open; filling it adds a row.
        var builder = TwoGaps();
        var previous = Previous(builder, ("B", "S2", Subject.MUS));

        var outcome = Replan(builder, previous);

        Assert.Equal(["B transfer S1→S2 MUS 1.0", "D transfer S4→S3 PE 1.0"], Scenario.Rows(outcome));
        Assert.Equal(1, outcome.Levels.Single(l => l.Name == "stability").Objective);
    }

    [Fact]
    public void Stability_keeps_an_itinerant_teachers_school_where_a_nearer_one_is_as_short()
    {
        var builder = Scenario.Quiet()
            .School("S1").School("S2", s => s.Rural().At(9)).School("S3", s => s.Rural().At(-4))
            .Demand("S1", Subject.MUS, 0m).Demand("S2", Subject.MUS, 0.5m).Demand("S3", Subject.MUS, 0.5m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS).Newcomer());
        var county = builder.Build();
        var t1 = county.Teachers[new TeacherId("T1")];
        var previous = new Plan([Assignment.Of(t1, AssignmentKind.Itinerant, new SchoolId("S2"), Subject.MUS, 0.5m, county.Policy, "走教")]);

        Assert.Equal(["T1 itinerant S1→S3 MUS 0.5"], Scenario.Rows(Scenario.Solve(builder)));
        Assert.Equal(["T1 itinerant S1→S2 MUS 0.5"], Scenario.Rows(Replan(builder, previous)));
    }

    // T1 can lend half a post of music; rural S2 lacks half a post. The previous plan lent only 0.3.
    private static (CountyBuilder Builder, Plan Previous) ShareTooSmall()
    {
        var builder = Scenario.Quiet().Policy(p => p with { ItinerantMaxShare = 0.5m })
            .School("S1").School("S2", s => s.Rural().At(9))
            .Demand("S1", Subject.MUS, 0m).Demand("S2", Subject.MUS, 0.5m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS).Newcomer());
        var county = builder.Build();
        var t1 = county.Teachers[new TeacherId("T1")];
        return (builder, new Plan([Assignment.Of(t1, AssignmentKind.Itinerant, new SchoolId("S2"), Subject.MUS, 0.3m, county.Policy, "走教")]));
    }

    [Fact]
    public void An_unapproved_itinerant_share_grows_where_the_shortage_level_gains()
    {
        var (builder, previous) = ShareTooSmall();

        Assert.Equal(["T1 itinerant S1→S2 MUS 0.5"], Scenario.Rows(Replan(builder, previous)));
    }

    [Fact]
    public void An_approved_itinerant_row_is_kept_exactly_even_where_the_shortage_level_would_gain()
    {
        var (builder, previous) = ShareTooSmall();

        Assert.Equal(["T1 itinerant S1→S2 MUS 0.3"], Scenario.Rows(Replan(builder, previous, "T1")));
    }

    [Fact]
    public void An_approved_row_a_decision_now_forbids_is_infeasible_naming_decisions_and_the_approval()
    {
        var (builder, previous) = ShareTooSmall();

        var outcome = Solve(builder.Decide("T1", DecisionKind.Forbid, "S2"), previous, "T1");

        Scenario.AssertInfeasibleNaming(outcome, "decisions");
        Assert.Contains("都已同意的 T1 的安排须保持不变", string.Join("\n", outcome.Explanation));
    }

    private static Plan Previous(CountyBuilder builder, params (string Teacher, string To, Subject Subject)[] rows)
    {
        var county = builder.Build();
        return new Plan(rows.Select(r => Assignment.Of(county.Teachers[new TeacherId(r.Teacher)], AssignmentKind.Transfer,
            new SchoolId(r.To), r.Subject, 1m, county.Policy, "上一版方案")).ToList());
    }

    private static PlanOutcome Replan(CountyBuilder builder, Plan previous, params string[] approved)
    {
        var outcome = Solve(builder, previous, approved);
        Assert.True(outcome.HasPlan, string.Join("\n", outcome.Explanation));
        return outcome;
    }

    private static PlanOutcome Solve(CountyBuilder builder, Plan previous, params string[] approved)
    {
        var county = builder.Build();
        var revision = new Revision(previous, approved.Select(id => new TeacherId(id)).ToHashSet());
        var outcome = Planner.Replan(county, revision, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(20) });
        if (!outcome.HasPlan)
        {
            return outcome;
        }
        Assert.Empty(PlanChecker.Check(county, outcome.Plan).Select(v => v.ToString()));
        return outcome;
    }
}
