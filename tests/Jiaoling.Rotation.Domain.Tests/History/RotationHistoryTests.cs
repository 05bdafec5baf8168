using Jiaoling.Rotation.Domain.Tests.Builders;

namespace Jiaoling.Rotation.Domain.Tests.History;

public sealed class RotationHistoryTests
{
    private static readonly DateOnly Start = Make.PlanStart;

    private static PastRotation Past(string teacher, AssignmentKind kind, int yearsAgo) =>
        new(new TeacherId(teacher), kind, new SchoolId("A"), new SchoolId("B"), Start.AddYears(-yearsAgo), Start.AddYears(3 - yearsAgo));

    private static readonly Teacher[] Teachers =
    [
        Make.Teacher("T1", "A"), Make.Teacher("T2", "A"), Make.Teacher("T3", "A"),
        Make.Teacher("T4", "A") with { LastRotationEnd = Start.AddYears(-5) }, Make.Teacher("T5", "B"),
    ];

    private static readonly PastRotation[] Register =
    [
        Past("T1", AssignmentKind.Transfer, 4), Past("T1", AssignmentKind.Transfer, 1), Past("T2", AssignmentKind.Itinerant, 1),
        Past("T3", AssignmentKind.Return, 1), Past("T5", AssignmentKind.Principal, 2), Past("T5", AssignmentKind.Transfer, 0),
    ];

    [Fact]
    public void Teachers_who_rotated_before_are_those_with_an_earlier_transfer_or_principal_move_or_a_last_rotation_end()
    {
        var county = Make.County([Make.School("A", primary: 300), Make.School("B", primary: 300)], Teachers);

        Assert.Equal(3, RotationHistory.CountRotatedBefore(county, Register));
    }

    [Fact]
    public void Of_a_plans_teachers_only_those_sent_again_count_and_a_return_row_sends_nobody()
    {
        var county = Make.County([Make.School("A", primary: 300), Make.School("B", primary: 300)], Teachers);
        var plan = new Plan(
        [
            Make.Row(Teachers[0], AssignmentKind.Transfer, "B", Subject.CHN), Make.Row(Teachers[1], AssignmentKind.Transfer, "B", Subject.CHN),
            Make.Row(Teachers[3], AssignmentKind.Return, "B", Subject.CHN), Make.Row(Teachers[4], AssignmentKind.Itinerant, "A", Subject.CHN, 0.2m),
        ]);

        Assert.Equal(2, RotationHistory.CountRotatedBefore(county, plan, Register));
    }

    [Fact]
    public void Years_since_the_last_rotation_count_from_the_latest_start_on_or_before_the_date()
    {
        Assert.Equal(1, RotationHistory.YearsSinceLast(Register, new TeacherId("T1"), Start));
        Assert.Equal(0, RotationHistory.YearsSinceLast(Register, new TeacherId("T5"), Start));
        Assert.Equal(1, RotationHistory.YearsSinceLast(Register, new TeacherId("T5"), Start.AddDays(-1)));
        Assert.Null(RotationHistory.YearsSinceLast(Register, new TeacherId("T2"), Start));
        Assert.Null(RotationHistory.YearsSinceLast(Register, new TeacherId("T3"), Start));
    }
}
