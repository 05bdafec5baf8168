using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Greedy;
using Jiaoling.Rotation.Solver.Solving;
using Jiaoling.Rotation.Solver.Tests.Builders;
using Jiaoling.Rotation.Solver.Tests.Model;

namespace Jiaoling.Rotation.Solver.Tests.Solving;

/// <summary>
/// A plan's value on each level, checked by hand. Transfers: urban U has ten Chinese teachers for eight posts; rural R1,
/// 5 km away, has the two it needs; rural R2, 20 km away, lacks one of its two; the ratio of 5 % asks one transfer.
/// Shortage: urban U1 has two music teachers for one post; U2, 1 km away with 100 pupils, lacks 0.3 of one.
/// </summary>
public sealed class LevelValuesTests
{
    private static CountyBuilder Transfers(double maxKm = 60) => Scenario.Quiet()
        .Policy(p => p with { MinExchangeRatio = 0.05m, MaxTransferKm = maxKm })
        .School("U", s => s.Students(400)).School("R1", s => s.Rural().Students(90).At(5)).School("R2", s => s.Rural().Students(90).At(20))
        .Demand("U", Subject.CHN, 8m).Demand("R1", Subject.CHN, 2m).Demand("R2", Subject.CHN, 2m)
        .Teacher("C1", "U").Teacher("C2", "U").Teacher("C3", "U").Teacher("C4", "U").Teacher("C5", "U")
        .Teacher("C6", "U").Teacher("C7", "U").Teacher("C8", "U").Teacher("C9", "U").Teacher("C10", "U")
        .Teacher("A1", "R1").Teacher("A2", "R1").Teacher("B1", "R2");

    private static readonly SolverOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(20) };

    /// <summary>The plan that sends one of U's teachers to <paramref name="school"/>, as the planner writes it.</summary>
    private static Plan SendingTo(string school)
    {
        var plan = Scenario.Solve(Transfers().Policy(p => p with
        {
            Objectives = p.Objectives with { DisruptionSurplus = school == "R1" ? 0 : new ObjectiveWeights().DisruptionSurplus },
        })).Plan;
        Assert.Equal([school], plan.Assignments.Select(a => a.To.Value));
        return plan;
    }

    private static long Value(IReadOnlyList<LevelValue>? values, string level) =>
        Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<LevelValue>>(values), v => v.Name == level).Value;

    [Fact]
    public void A_transfer_costs_its_move_and_kilometres_and_a_teacher_sent_where_there_is_no_post_costs_the_surplus_too()
    {
        var county = Transfers().Build();

        // R2 lacks the teacher: 100 for the move, 20 for the kilometres.
        Assert.Equal(100 + 20, Value(LevelValues.Of(county, SendingTo("R2"), Options), "disruption"));
        // R1 has its two: 100 + 5 km, and 10 tenths of an FTE beyond its need at 20 a tenth.
        Assert.Equal(100 + 5 + 10 * 20, Value(LevelValues.Of(county, SendingTo("R1"), Options), "disruption"));
    }

    [Fact]
    public void Unmet_shortage_is_weighed_in_tenths_by_the_school_and_a_filled_gap_leaves_only_the_price_of_the_move()
    {
        var county = Scenario.Quiet()
            .School("U1", s => s.Students(300)).School("U2", s => s.Students(100).At(1))
            .Demand("U1", Subject.MUS, 1m).Demand("U2", Subject.MUS, 0.3m)
            .Teacher("M1", "U1", t => t.Teaching(Subject.MUS)).Teacher("M2", "U1", t => t.Teaching(Subject.MUS))
            .Build();

        var none = Assert.Single(LevelValues.Of(county, Plan.Empty, Options)!, v => v.Name == "shortage");
        var greedy = GreedyPlanner.Plan(county, CancellationToken.None).Plan;
        var filled = Assert.Single(LevelValues.Of(county, greedy, Options)!, v => v.Name == "shortage");

        // An ordinary urban school of 100 pupils weighs 10 a tenth: 3 tenths unmet, times 100 in the level's objective.
        Assert.Equal(new LevelValue("shortage", 100 * 10 * 3, 10 * 3), none);
        Assert.Equal(0, filled.Measure);
        Assert.True(filled.Value > 0, "the itinerant share that fills the gap is priced");
        Assert.Contains(greedy.Assignments, a => a.Kind == AssignmentKind.Itinerant);
    }

    [Fact]
    public void A_plan_with_a_move_the_model_cannot_hold_is_not_measured()
    {
        var farther = SendingTo("R2");

        // No transfer is required there, so the model holds every rule without the row: only the row is missing.
        Assert.Null(LevelValues.Of(Transfers(maxKm: 10).Policy(p => p with { MinExchangeRatio = 0m }).Build(), farther, Options));
    }

    [Theory]
    [InlineData(1000, 915, "−8.5%")]
    [InlineData(200, 201, "+0.5%")]
    [InlineData(0, 0, "0")]
    [InlineData(0, 5, "—")]
    public void The_bench_prints_a_level_s_change_relative_to_the_greedy_plan_s_value(long greedy, long planned, string printed)
    {
        Assert.Equal(printed, Bench.BenchMarkdown.Change(greedy, planned));
    }
}
