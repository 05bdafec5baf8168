using Jiaoling.Rotation.Domain;
using static Jiaoling.Rotation.Solver.Tests.Checking.CheckScenario;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

public sealed class StageAndSubjectCheckTests
{
    [Fact]
    public void Primary_teacher_sent_to_a_junior_school_breaks_stage_match()
    {
        var c = County();
        Assert.Equal(["stage_match"], RuleIdsOf(c, Plan([.. Valid(c), Transfer(c, "T1", "J")])));
    }

    [Theory]
    [InlineData(Subject.MATH)]
    [InlineData(Subject.PE)]
    public void Transfer_to_teach_an_unqualified_subject_breaks_subject_match(Subject subject)
    {
        var c = County();
        Assert.Equal(["subject_match"], RuleIdsOf(c, Plan([.. Valid(c), Transfer(c, "T1", "B", subject)])));
    }

    [Fact]
    public void Transfer_to_teach_another_qualified_subject_is_allowed()
    {
        var c = Builder().Teacher("M1", "A", t => t.Teaching(Subject.CHN, Subject.ART)).Build();
        Assert.Empty(RuleIdsOf(c, Plan([.. Valid(c), Transfer(c, "M1", "B", Subject.ART)])));
    }

    [Fact]
    public void Principal_row_with_a_subject_breaks_subject_match()
    {
        var c = Builder(principalsSince: LongAgo).Build();
        var plan = Plan([.. Valid(c), Principal(c, "PA", "B") with { Subject = Subject.CHN }, Principal(c, "PB", "A")]);
        Assert.Equal(["subject_match"], RuleIdsOf(c, plan));
    }
}
