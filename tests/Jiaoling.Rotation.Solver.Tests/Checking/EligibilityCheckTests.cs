using Jiaoling.Rotation.Domain;
using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class EligibilityCheckTests
{
    [Theory]
    [InlineData("N1", AssignmentKind.Transfer)]
    [InlineData("X1", AssignmentKind.Itinerant)]
    [InlineData("T1", AssignmentKind.Principal)]
    public void Row_for_a_teacher_the_kind_does_not_allow_breaks_eligibility(string teacher, AssignmentKind kind)
    {
        var c = County();
        var row = kind switch
        {
            AssignmentKind.Transfer => Transfer(c, teacher, "B"),
            AssignmentKind.Itinerant => Itinerant(c, teacher, "B", 0.5m),
            _ => Principal(c, teacher, "B"),
        };
        Assert.Equal(["eligibility"], RuleIdsOf(c, Plan([.. Valid(c), row])));
    }

    [Fact]
    public void Newcomer_who_volunteers_may_transfer()
    {
        var c = Builder().Teacher("V1", "A", t => t.Newcomer().Willing(Willingness.Yes)).Build();
        Assert.Empty(RuleIdsOf(c, Plan([.. Valid(c), Transfer(c, "V1", "B")])));
    }
}
