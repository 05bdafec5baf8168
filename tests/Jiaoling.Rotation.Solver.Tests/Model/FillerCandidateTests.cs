using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// Gap-side candidates. Urban U has three PE teachers for one post; rural N (5 km) and F (35 km) each lack a
/// whole PE post. With one gap neighbour a pool of U is offered only N, its nearest gap; F is offered its nearest
/// pools that can spare a teacher, so U's pool may go there too.
/// </summary>
public sealed class FillerCandidateTests
{
    [Fact]
    public void A_remote_whole_post_gap_is_offered_the_nearest_pool_with_a_teacher_to_spare()
    {
        var county = new CountyBuilder()
            .School("U", s => s.At(0)).School("N", s => s.At(5).Rural()).School("F", s => s.At(-35).Rural())
            .Staff("P", "U", 3, Subject.PE)
            .Demand("U", Subject.PE, 1m).Demand("N", Subject.PE, 1m).Demand("F", Subject.PE, 1m)
            .Build();
        var m = new RotationModel(county, new SolverOptions { GapNeighbours = 1, SwapNeighbours = 1 }, explain: false);
        var offered = m.Transfers.Where(o => o.Subject == Subject.PE).Select(o => o.To.Id.Value).Distinct().Order().ToArray();
        Assert.Equal(["F", "N"], offered);
    }
}
