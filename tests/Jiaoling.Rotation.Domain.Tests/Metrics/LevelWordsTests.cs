using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Domain.Tests.Metrics;

public class LevelWordsTests
{
    private static SolverLevel Level(string name, double objective, double bound, double gap, string status = SolverSummary.Feasible) =>
        new(name, status, objective, bound, gap, 1.0);

    [Fact]
    public void A_level_whose_bound_meets_its_value_is_proven_optimal()
    {
        Assert.Equal("紧缺学科缺口：已证明最优", ObjectiveLabels.Words(Level("shortage", 388, 388, 0.0, SolverSummary.Optimal)));
    }

    [Fact]
    public void A_level_fourteen_below_a_value_of_a_thousand_is_proven_within_one_point_four_percent()
    {
        // (1000 − 986) / 1000 = 0.014.
        Assert.Equal("紧缺学科缺口：已证明距最优不超过 1.4%", ObjectiveLabels.Words(Level("shortage", 1000, 986, 0.014)));
    }

    [Fact]
    public void A_gap_of_a_fifth_is_still_a_proof_and_says_how_far()
    {
        // (50 − 40) / 50 = 0.2.
        Assert.Equal("校际均衡：已证明距最优不超过 20%", ObjectiveLabels.Words(Level("balance", 50, 40, 0.2)));
    }

    [Fact]
    public void A_level_with_no_bound_above_zero_says_it_was_not_proven_and_prints_no_gap()
    {
        var words = ObjectiveLabels.Words(Level("shortage", 3883, 0, 1.0));
        Assert.Equal("紧缺学科缺口：未能证明（下界为 0）", words);
        Assert.DoesNotContain("100", words);
    }

    [Fact]
    public void A_weak_positive_bound_says_what_share_of_the_value_it_proved_instead_of_a_large_gap()
    {
        // Bound 1010 of a value 3883: the gap (3883 − 1010) / 3883 = 0.74 is never printed; 1010 / 3883 = 26 %.
        var words = ObjectiveLabels.Words(Level("disruption", 3883, 1010, 0.74));
        Assert.Equal("流向与对教师的扰动：未能证明接近最优（已证明的下界只有方案值的 26%）", words);
        Assert.DoesNotContain("74", words);
    }
}
