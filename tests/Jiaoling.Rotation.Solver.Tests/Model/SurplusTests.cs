using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// The disruption cost of a teacher sent where there is no post for them, on three schools: urban U has ten
/// Chinese teachers for eight posts; rural R1, 5 km away, has the two it needs; rural R2, 20 km away, lacks
/// one of its two. Thirteen teachers are eligible and the ratio of 5 % asks one transfer. Chinese is no
/// shortage subject, so only the disruption level chooses where the teacher goes.
/// </summary>
public sealed class SurplusTests
{
    private static CountyBuilder County(int surplusCost) => Scenario.Quiet()
        .Policy(p => p with { MinExchangeRatio = 0.05m, Objectives = p.Objectives with { DisruptionSurplus = surplusCost } })
        .School("U", s => s.Students(400)).School("R1", s => s.Rural().Students(90).At(5)).School("R2", s => s.Rural().Students(90).At(20))
        .Demand("U", Subject.CHN, 8m).Demand("R1", Subject.CHN, 2m).Demand("R2", Subject.CHN, 2m)
        .Teacher("C1", "U").Teacher("C2", "U").Teacher("C3", "U").Teacher("C4", "U").Teacher("C5", "U")
        .Teacher("C6", "U").Teacher("C7", "U").Teacher("C8", "U").Teacher("C9", "U").Teacher("C10", "U")
        .Teacher("A1", "R1").Teacher("A2", "R1").Teacher("B1", "R2");

    private static string[] Destinations(int surplusCost) =>
        Scenario.Rows(Scenario.Solve(County(surplusCost))).Select(r => r.Split(' ')[2]).ToArray();

    [Fact]
    public void Without_the_cost_the_exchange_goes_to_the_nearest_rural_school_which_has_no_post_for_the_teacher()
    {
        Assert.Equal(["U→R1"], Destinations(surplusCost: 0));
    }

    [Fact]
    public void With_the_cost_the_exchange_goes_farther_to_the_school_that_lacks_a_teacher()
    {
        Assert.Equal(["U→R2"], Destinations(surplusCost: new ObjectiveWeights().DisruptionSurplus));
    }
}
