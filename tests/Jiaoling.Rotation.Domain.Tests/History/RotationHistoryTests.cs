using Jiaoling.Rotation.Domain.Tests.Builders;

namespace Jiaoling.Rotation.Domain.Tests.History;

public sealed class RotationHistoryTests
{
    private static readonly DateOnly Start = Make.PlanStart;

    private static PastRotation Past(string teacher, AssignmentKind kind, int yearsAgo) =>
        new(new TeacherId(teacher), kind, new SchoolId("A"), new SchoolId("B"), Start.AddYears(-yearsAgo), Start.AddYears(3 - yearsAgo));

    private static readonly PastRotation[] Register =
    [
        Past("T1", AssignmentKind.Transfer, 4), Past("T1", AssignmentKind.Transfer, 1), Past("T2", AssignmentKind.Itinerant, 1),
        Past("T3", AssignmentKind.Return, 1), Past("T5", AssignmentKind.Principal, 2), Past("T5", AssignmentKind.Transfer, 0),
    ];

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
