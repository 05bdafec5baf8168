using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// The teaching point guard on three schools: urban U has ten Chinese teachers for eight posts; teaching point
/// TP, 2 km away, has one Chinese teacher; rural R, 30 km away, has the two it needs. Thirteen teachers are
/// eligible and the ratio of 5 % asks one transfer; with no cost for surplus, the nearest rural school wins.
/// </summary>
public sealed class TeachingPointIntakeTests
{
    private static string[] Destinations(decimal teachingPointDemand) => Scenario.Rows(Scenario.Solve(Scenario.Quiet()
            .Policy(p => p with { MinExchangeRatio = 0.05m, Objectives = p.Objectives with { DisruptionSurplus = 0 } })
            .School("U", s => s.Students(400)).School("TP", s => s.Rural().Students(40).At(2).With(x => x with { TeachingPoint = true }))
            .School("R", s => s.Rural().Students(90).At(30))
            .Demand("U", Subject.CHN, 8m).Demand("TP", Subject.CHN, teachingPointDemand).Demand("R", Subject.CHN, 2m)
            .Teacher("C1", "U").Teacher("C2", "U").Teacher("C3", "U").Teacher("C4", "U").Teacher("C5", "U")
            .Teacher("C6", "U").Teacher("C7", "U").Teacher("C8", "U").Teacher("C9", "U").Teacher("C10", "U")
            .Teacher("P1", "TP").Teacher("A1", "R").Teacher("A2", "R")))
        .Select(r => r.Split(' ')[2]).ToArray();

    [Fact]
    public void A_teaching_point_short_of_part_of_a_post_gets_no_whole_teacher_and_the_exchange_goes_to_the_rural_school()
    {
        Assert.Equal(["U→R"], Destinations(teachingPointDemand: 1.4m));
    }

    [Fact]
    public void A_teaching_point_short_of_a_whole_post_may_receive_the_exchange_teacher()
    {
        Assert.Equal(["U→TP"], Destinations(teachingPointDemand: 2.4m));
    }
}
