using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning.Rollover;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Rollover;

public sealed class NextYearTests
{
    private static readonly DateOnly Start = new(2027, 9, 1);
    private static readonly DateOnly Next = new(2028, 9, 1);

    private static Assignment Row(Teacher t, AssignmentKind kind, string to, Subject? subject, decimal share = 1m) =>
        Assignment.Of(t, kind, new SchoolId(to), subject, share, new Policy { PlanStartDate = Start }, "测试");

    private static (Dataset Dataset, Teacher T001, Teacher T002, Teacher T003) County()
    {
        var d = TinyCounty.Dataset();
        d = d with { Policy = d.Policy with { PlanStartDate = Start } };
        return (d, d.Teachers[0], d.Teachers[1], d.Teachers[2]);
    }

    private static Teacher After(NextYearResult result, string id) => result.Dataset.Teachers.Single(t => t.Id.Value == id);

    [Fact]
    public void A_transferred_teacher_works_at_the_host_school_teaching_the_rows_subject_with_the_post_held_at_home()
    {
        var (dataset, t1, _, _) = County();

        var result = NextYear.Build(dataset, new Plan([Row(t1, AssignmentKind.Transfer, "S002", Subject.PE)]), Next);

        var t = After(result, "T001");
        Assert.Equal(("S002", "S001", Start, new DateOnly(2030, 9, 1)), (t.SchoolId.Value, t.PostSchoolId?.Value, t.SchoolStartDate, t.LastRotationEnd));
        Assert.Equal(Subject.PE, t.Subject);
        Assert.Equal([Subject.CHN, Subject.MUS], t.OtherSubjects);
        Assert.Equal(1, result.Transferred);
    }

    [Fact]
    public void A_moved_principal_leads_the_new_school_from_the_start_date()
    {
        var (dataset, _, _, t3) = County();

        var result = NextYear.Build(dataset, new Plan([Row(t3, AssignmentKind.Principal, "S001", null)]), Next);

        var t = After(result, "T003");
        Assert.Equal(("S001", (SchoolId?)null, Start, (DateOnly?)Start), (t.SchoolId.Value, t.PostSchoolId, t.SchoolStartDate, t.RoleStartDate));
        Assert.Equal((Subject.CHN, (DateOnly?)null), (t.Subject, t.LastRotationEnd));
    }

    [Fact]
    public void A_returning_teacher_works_at_the_post_school_again_and_the_post_is_no_longer_held_elsewhere()
    {
        var (dataset, _, t2, _) = County();

        var result = NextYear.Build(dataset, new Plan([Row(t2, AssignmentKind.Return, "S001", Subject.MATH)]), Next);

        var t = After(result, "T002");
        Assert.Equal(("S001", (SchoolId?)null, Start), (t.SchoolId.Value, t.PostSchoolId, t.SchoolStartDate));
        Assert.Equal(1, result.Returned);
    }

    [Fact]
    public void An_itinerant_share_ends_with_the_school_year_and_leaves_the_teacher_as_before()
    {
        var (dataset, t1, _, _) = County();

        var result = NextYear.Build(dataset, new Plan([Row(t1, AssignmentKind.Itinerant, "S002", Subject.PE, 0.3m)]), Next);

        Assert.Equal(t1, After(result, "T001"));
        Assert.Equal(1, result.ItinerantEnded);
    }

    [Fact]
    public void A_stay_ruling_on_a_teacher_whose_term_ended_moves_the_post_to_the_host_school()
    {
        var (dataset, _, t2, _) = County();
        var ended = dataset with
        {
            Teachers = [.. dataset.Teachers.Select(t => t.Id == t2.Id ? t with { Exemption = Exemption.None, LastRotationEnd = Start } : t)],
            Decisions = [new Decision(t2.Id, DecisionKind.Stay, null)],
        };

        var ruled = NextYear.Build(ended, Plan.Empty, Next);
        var unruled = NextYear.Build(ended with { Decisions = [] }, Plan.Empty, Next);

        Assert.Equal(((SchoolId?)null, 1), (After(ruled, "T002").PostSchoolId, ruled.PostsMoved));
        Assert.Equal(new SchoolId("S001"), After(unruled, "T002").PostSchoolId);
    }

    [Fact]
    public void Everything_else_carries_over_the_decisions_do_not_and_the_plan_starts_on_the_new_date()
    {
        var (county, t1, _, _) = County();
        // Without the stay ruling on T002, whose term has ended, which would move that post.
        var dataset = county with { Decisions = county.Decisions.Where(d => d.Kind != DecisionKind.Stay).ToList() };

        var result = NextYear.Build(dataset, new Plan([Row(t1, AssignmentKind.Transfer, "S002", Subject.CHN)]), Next);

        Assert.NotEmpty(dataset.Decisions);
        Assert.Equal(dataset.Teachers.Skip(1), result.Dataset.Teachers.Skip(1));
        Assert.Equal((dataset.Schools, dataset.Demand, dataset.Distances), (result.Dataset.Schools, result.Dataset.Demand, result.Dataset.Distances));
        Assert.Empty(result.Dataset.Decisions);
        Assert.Equal(dataset.Policy with { PlanStartDate = Next }, result.Dataset.Policy);
        Assert.Equal(t1.OtherSubjects, After(result, "T001").OtherSubjects);
    }
}
