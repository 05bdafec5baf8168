using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>one_move, outflow_cap, staff_quota and no_new_shortage on two or three small schools.</summary>
public sealed class CapacityRuleTests
{
    [Fact]
    public void One_move_sends_a_teacher_to_one_gap_only_the_one_that_weighs_most()
    {
        var county = Scenario.Quiet()
            .School("S1").School("S2", s => s.At(30)).School("S3", s => s.Rural().At(35))
            .Demand("S1", Subject.MUS, 0m).Demand("S2", Subject.MUS, 1m).Demand("S3", Subject.ART, 1m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS, Subject.ART));

        Assert.Equal(["T1 transfer S1→S3 ART 1.0"], Scenario.Rows(Scenario.Solve(county)));
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(10, 2)]
    public void Outflow_cap_limits_how_many_leave_a_school(int headcount, int expectedLeaving)
    {
        var county = Scenario.Quiet()
            .School("S1").School("S2", s => s.At(30)).School("S3", s => s.At(-30))
            .Demand("S1", Subject.MUS, 0m).Demand("S2", Subject.MUS, 1m).Demand("S3", Subject.MUS, 1m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS))
            .Teacher("T2", "S1", t => t.Teaching(Subject.MUS))
            .Staff("C", "S1", headcount - 2);

        var rows = Scenario.Rows(Scenario.Solve(county));

        Assert.Equal(expectedLeaving, rows.Length);
        Assert.All(rows, r => Assert.Contains(" transfer S1→", r));
    }

    [Theory]
    [InlineData(1, new string[0])]
    [InlineData(2, new[] { "T1 transfer S1→S2 MUS 1.0" })]
    public void Staff_quota_stops_a_full_school_from_receiving(int quota, string[] expected)
    {
        var county = Scenario.Quiet()
            .School("S1").School("S2", s => s.At(30).Quota(quota))
            .Demand("S1", Subject.MUS, 0m).Demand("S2", Subject.MUS, 1m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS))
            .Teacher("T2", "S2", t => t.Teaching(Subject.CHN));

        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(county)));
    }

    [Theory]
    [InlineData(1.0, new string[0])]
    [InlineData(0.0, new[] { "T1 transfer S1→S2 MUS 1.0" })]
    public void No_new_shortage_keeps_a_teacher_the_home_school_needs_even_for_a_rural_gap(double homeDemand, string[] expected)
    {
        var county = Scenario.Quiet()
            .School("S1").School("S2", s => s.Rural().At(30))
            .Demand("S1", Subject.MUS, (decimal)homeDemand).Demand("S2", Subject.MUS, 1m)
            .Teacher("T1", "S1", t => t.Teaching(Subject.MUS));

        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(county)));
    }
}
