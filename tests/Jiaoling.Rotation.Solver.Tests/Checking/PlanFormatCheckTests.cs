using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class PlanFormatCheckTests
{
    public static TheoryData<string, Func<County, Assignment>> BadRows => new()
    {
        { "姓名", c => Transfer(c, "T2", "B") with { TeacherName = "别人" } },
        { "调出学校 D", c => Transfer(c, "T2", "B") with { From = new SchoolId("D") } },
        { "学段 junior", c => Transfer(c, "T2", "B") with { Stage = Stage.Junior } },
        { "份额 0.5 应为 1.0", c => Transfer(c, "T2", "B") with { Share = 0.5m } },
        { "起止日期", c => Transfer(c, "T2", "B") with { EndDate = c.Policy.PlanStartDate.AddYears(2) } },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Malformed_row_breaks_plan_format(string expected, Func<County, Assignment> row)
    {
        var c = County();
        var v = Assert.Single(PlanChecker.Check(c, Plan(row(c))));
        Assert.Equal("plan_format", v.RuleId);
        Assert.Contains(expected, v.Message);
    }

    public static TheoryData<Func<County, Assignment>> BadExtraRows => new()
    {
        c => Transfer(c, "T2", "B") with { TeacherId = new TeacherId("T999") },
        c => Transfer(c, "T1", "Z99"),
        c => Transfer(c, "T1", "A"),
        c => Itinerant(c, "T1", "B", 0.25m),
    };

    [Theory]
    [MemberData(nameof(BadExtraRows))]
    public void Row_with_an_unknown_id_own_school_or_odd_share_breaks_plan_format(Func<County, Assignment> row)
    {
        var c = County();
        Assert.Equal(["plan_format"], RuleIdsOf(c, Plan([.. Valid(c), row(c)])));
    }

    [Fact]
    public void Problems_found_while_reading_are_plan_format_violations()
    {
        var c = County();
        var v = Assert.Single(PlanChecker.Check(c, Plan(Valid(c)), ["表头不是合同规定的列。"]));
        Assert.Equal("plan_format: 表头不是合同规定的列。", v.ToString());
    }
}
