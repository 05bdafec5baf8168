using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class QuotaCheckTests
{
    [Fact]
    public void Plan_without_transfers_breaks_min_exchange_ratio()
    {
        var c = County();
        var v = Assert.Single(PlanChecker.Check(c, Plan()));
        Assert.Equal("min_exchange_ratio", v.RuleId);
        Assert.Contains("交流轮岗教师 0 人，少于符合交流条件教师 5 人", v.Message);
    }

    [Fact]
    public void Itinerant_shares_do_not_count_for_the_exchange_ratio()
    {
        var c = County();
        Assert.Equal(["min_exchange_ratio"], RuleIdsOf(c, Plan(Itinerant(c, "T2", "B", 0.5m))));
    }

    [Fact]
    public void Rotating_only_non_backbone_teachers_breaks_min_backbone_share()
    {
        var c = County();
        Assert.Equal(["min_backbone_share"], RuleIdsOf(c, Plan(Transfer(c, "T1", "B"))));
    }

    [Fact]
    public void Urban_town_scope_leaves_rural_schools_out_of_the_count()
    {
        var c = Builder()
            .Teacher("R1", "B", t => t.Teaching(Subject.SCI).Willing(Willingness.Yes))
            .Demand("B", Subject.SCI, 0)
            .Policy(p => p with { ExchangeScope = ExchangeScope.UrbanTown })
            .Build();
        Assert.Equal(["min_exchange_ratio"], RuleIdsOf(c, Plan(Transfer(c, "R1", "A"))));
    }
}
