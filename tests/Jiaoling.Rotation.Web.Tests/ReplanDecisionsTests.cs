using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>How HR's rulings and the principals' approvals become the decisions of a re-plan.</summary>
public sealed class ReplanDecisionsTests
{
    private static readonly DateTimeOffset At = new(2027, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private long _id;

    private Ruling Rule(string teacher, string decision, string? school = null) =>
        new(++_id, 1, teacher, decision, school, "hr", At, null, null);

    private static string[] Lines(IEnumerable<Decision> decisions) => decisions
        .Select(d => $"{d.Teacher} {Codes.Decision.Code(d.Kind)} {d.School}".TrimEnd()).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Forbids_of_different_schools_add_up()
    {
        var ruled = RulingDecisions.Of([Rule("T1", "forbid", "S2"), Rule("T1", "forbid", "S3")]);

        Assert.Equal(["T1 forbid S2", "T1 forbid S3"], Lines(ruled.SelectMany(g => g)));
    }

    [Fact]
    public void A_later_require_replaces_a_stay_and_a_forbid_of_the_same_school()
    {
        var ruled = RulingDecisions.Of([Rule("T1", "stay"), Rule("T1", "forbid", "S2"), Rule("T1", "forbid", "S3"),
            Rule("T1", "require", "S2")]);

        Assert.Equal(["T1 forbid S3", "T1 require S2"], Lines(ruled.SelectMany(g => g)));
    }

    [Fact]
    public void A_later_forbid_replaces_a_require_of_the_same_school_and_withdraw_clears_everything()
    {
        var ruled = RulingDecisions.Of([Rule("T1", "require", "S2"), Rule("T1", "forbid", "S2"),
            Rule("T2", "forbid", "S2"), Rule("T2", "withdraw")]);

        Assert.Equal(["T1 forbid S2"], Lines(ruled.SelectMany(g => g)));
        Assert.False(ruled.Contains(new TeacherId("T2")));
    }

    [Fact]
    public void Approved_transfers_become_requires_approved_itinerant_rows_are_kept_and_rulings_replace_imported_decisions()
    {
        var dataset = new Dataset
        {
            Schools = [],
            Teachers = [],
            Decisions = [new Decision(new TeacherId("T1"), DecisionKind.Stay, null), new Decision(new TeacherId("T9"), DecisionKind.Stay, null)],
        };
        var plan = new Plan([Row("T1", "S2"), Row("T2", "S3"), Row("T3", "S3"), Row("T4", "S2", AssignmentKind.Itinerant)]);
        IReadOnlyList<RowReview> reviews =
        [
            Review("T2", "approve"), Review("T3", "object"), Review("T4", "approve"),
        ];

        var ruled = RulingDecisions.Of([Rule("T1", "forbid", "S2")]);
        var approved = Replanner.Approved(plan, reviews, ruled).ToList();
        var decisions = Replanner.Decisions(dataset, approved, ruled);

        // T3 was objected to: the stability level keeps the row if it can. T4's approved itinerant row cannot be
        // a require: the job keeps it exactly as an approved row.
        Assert.Equal(["T1 forbid S2", "T2 require S3", "T9 stay"], Lines(decisions));
        Assert.Equal(["T2", "T4"], approved.Select(a => a.TeacherId.Value).Order(StringComparer.Ordinal));
    }

    private static RowReview Review(string teacher, string verdict) =>
        new(1, 1, teacher, "S1", 1, verdict, verdict == "object" ? "理由" : "", "p-s1", At);

    private static Assignment Row(string teacher, string to, AssignmentKind kind = AssignmentKind.Transfer) => new()
    {
        TeacherId = new TeacherId(teacher),
        TeacherName = "教师" + teacher,
        Kind = kind,
        From = new SchoolId("S1"),
        To = new SchoolId(to),
        Stage = Stage.Primary,
        Subject = Subject.MUS,
        Share = kind == AssignmentKind.Itinerant ? 0.5m : 1m,
        StartDate = new DateOnly(2027, 9, 1),
        EndDate = new DateOnly(2030, 8, 31),
        Reason = "理由",
    };
}
