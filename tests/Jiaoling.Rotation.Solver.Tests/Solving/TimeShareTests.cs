using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Objectives;
using Jiaoling.Rotation.Solver.Solving;

namespace Jiaoling.Rotation.Solver.Tests.Solving;

/// <summary>
/// The first level's share of the time: three times its weight where its search is slow to beat its start (searched
/// by neighbourhoods, or solved whole by a single worker), its plain weight where two workers solve the county whole.
/// With the default levels (weights 0.30, 0.25, 0.10, 0.25, 0.10) the first level's plain share is 30 % of the time
/// left and its tripled share 0.90 ÷ 1.60 = 56.25 %.
/// </summary>
public sealed class TimeShareTests
{
    private static readonly IReadOnlyList<ObjectiveLevel> Levels = ObjectiveLevels.For(new Policy());

    private static double FirstShare(bool large, int workers) => LexicographicSolver.Share(Levels, 0, large, workers);

    [Theory]
    [InlineData(false, 2, 0.30)]
    [InlineData(true, 2, 0.5625)]
    [InlineData(false, 1, 0.5625)]
    [InlineData(true, 1, 0.5625)]
    public void The_first_level_gets_three_times_its_share_where_its_search_is_slow(bool large, int workers, double share) =>
        Assert.Equal(share, FirstShare(large, workers), 9);

    [Fact]
    public void The_levels_after_the_first_keep_their_own_weights() =>
        Assert.Equal([0.25, 0.10, 0.25, 0.10], Enumerable.Range(1, 4).Select(k => LexicographicSolver.TimeWeight(Levels, k, true, 1)));
}
