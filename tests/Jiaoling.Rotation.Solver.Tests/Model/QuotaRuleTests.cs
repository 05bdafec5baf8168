using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>min_exchange_ratio and min_backbone_share: the county's yearly exchange quota and its backbone share.</summary>
public sealed class QuotaRuleTests
{
    // Two schools, each fully staffed in Chinese: only like-for-like swaps keep every subject covered.
    private static Builders.CountyBuilder TwoSchools(decimal ratio, decimal backboneShare) => Scenario.Quiet()
        .Policy(p => p with { MinExchangeRatio = ratio, MinBackboneShare = backboneShare })
        .School("S1").School("S2", s => s.At(10));

    [Theory]
    [InlineData(0.0, new string[0])]
    [InlineData(1.0, new[] { "A transfer S1→S2 CHN 1.0", "B transfer S2→S1 CHN 1.0" })]
    public void Min_exchange_ratio_makes_teachers_swap_posts(double ratio, string[] expected)
    {
        var county = TwoSchools((decimal)ratio, 0m).Teacher("A", "S1").Teacher("B", "S2");

        Assert.Equal(expected, Scenario.Rows(Scenario.Solve(county)));
    }

    [Fact]
    public void Min_exchange_ratio_of_90_percent_with_small_schools_is_infeasible_naming_the_outflow_cap()
    {
        var county = TwoSchools(0.9m, 0m).Staff("A", "S1", 3).Staff("B", "S2", 3);

        Scenario.AssertInfeasibleNaming(Scenario.Solve(county), RuleIds.MinExchangeRatio, RuleIds.OutflowCap);
    }

    [Fact]
    public void Min_backbone_share_makes_an_unwilling_backbone_teacher_rotate_instead_of_a_plain_one()
    {
        var county = TwoSchools(0.5m, 0.5m)
            .Teacher("A", "S1")
            .Teacher("C", "S1", t => t.Backbone().Willing(Willingness.No))
            .Teacher("B", "S2")
            .Teacher("D", "S2", t => t.Teaching(Subject.MATH));

        Assert.Equal(["B transfer S2→S1 CHN 1.0", "C transfer S1→S2 CHN 1.0"], Scenario.Rows(Scenario.Solve(county)));
    }

    [Fact]
    public void Min_backbone_share_without_backbone_teachers_is_infeasible_naming_both_quotas()
    {
        var county = TwoSchools(0.5m, 0.2m).Teacher("A", "S1").Teacher("B", "S2");

        Scenario.AssertInfeasibleNaming(Scenario.Solve(county), RuleIds.MinBackboneShare, RuleIds.MinExchangeRatio);
    }
}
