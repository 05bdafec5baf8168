using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Solving;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Model;

/// <summary>
/// Reasons name what a row serves, read from the whole plan. Urban U (100 students) has backbone CHN
/// teacher B, music teacher M and CHN teachers C1, C2 without the required education; rural R (100 students, no backbone teacher) lacks a
/// music teacher. Four teachers are eligible, so the 10 % quota asks one.
/// </summary>
public sealed class ReasonsTests
{
    private static County County(decimal ratio = 0.1m, int? ruralQuota = null) => new CountyBuilder()
        .Policy(p => p with { MinExchangeRatio = ratio, MinBackboneShare = 0m })
        .School("U", s => s.Students(100))
        .School("R", s => (ruralQuota is { } quota ? s.Quota(quota) : s).Rural().Students(100).At(20).Named("乡村R小学"))
        .Demand("U", Subject.CHN, 1m).Demand("U", Subject.MUS, 0m).Demand("R", Subject.MUS, 1m).Demand("R", Subject.CHN, 1m)
        .Teacher("B", "U", t => t.Backbone()).Teacher("C1", "U", t => t.Educated(Education.Secondary)).Teacher("C2", "U", t => t.Educated(Education.Secondary))
        .Teacher("M", "U", t => t.Teaching(Subject.MUS)).Teacher("RC", "R")
        .Build();

    private static string ReasonOf(County county, params (string Teacher, Subject Subject)[] rows)
    {
        var plan = new Plan(rows.Select(r => Assignment.Of(county.Teachers[new TeacherId(r.Teacher)], AssignmentKind.Transfer,
            new SchoolId("R"), r.Subject, 1m, county.Policy, "")).ToList());
        return Reasons.Explain(county, plan).Assignments[0].Reason;
    }

    [Fact]
    public void A_transfer_filling_a_gap_names_the_school_the_subject_and_the_gap()
    {
        Assert.StartsWith("补充乡村学校乡村R小学音乐紧缺（原缺 1.0 人）", ReasonOf(County(), ("M", Subject.MUS)));
    }

    [Fact]
    public void A_backbone_teacher_lifting_a_school_to_its_minimum_says_so_with_the_values()
    {
        Assert.Equal("使乡村R小学每百名学生骨干教师数达标（0.00 → 1.00，标准 1.0）；提高乡村R小学每百名学生高学历教师数（1.00 → 2.00，标准 4.2）",
            ReasonOf(County(), ("B", Subject.CHN)));
    }

    [Fact]
    public void A_transfer_with_no_other_purpose_cites_the_quota_while_the_quota_needs_it()
    {
        Assert.Equal("城镇教师到乡村、薄弱学校交流，完成全县交流轮岗比例（至少 1 人）", ReasonOf(County(), ("C1", Subject.CHN)));
    }

    [Fact]
    public void Beyond_the_quota_a_transfer_with_no_purpose_does_not_cite_it()
    {
        Assert.Equal("城镇教师到乡村、薄弱学校交流，交流轮岗", ReasonOf(County(), ("C1", Subject.CHN), ("M", Subject.MUS)));
    }

    /// <summary>The reason of RC's move to U when M moves to R, whose staff quota is given.</summary>
    private static string ReasonLeaving(int ruralQuota)
    {
        var county = County(ruralQuota: ruralQuota);
        var plan = new Plan([
            Assignment.Of(county.Teachers[new TeacherId("RC")], AssignmentKind.Transfer, new SchoolId("U"), Subject.CHN, 1m, county.Policy, ""),
            Assignment.Of(county.Teachers[new TeacherId("M")], AssignmentKind.Transfer, new SchoolId("R"), Subject.MUS, 1m, county.Policy, ""),
        ]);
        return Reasons.Explain(county, plan).Assignments[0].Reason;
    }

    [Fact]
    public void A_transfer_out_of_a_school_at_its_staff_quota_makes_room_for_the_teacher_it_receives()
    {
        Assert.Equal("为乡村R小学腾出编制（核定 1 人），以接收调入该校的教师", ReasonLeaving(ruralQuota: 1));
    }

    [Fact]
    public void Below_its_staff_quota_a_school_needs_no_room_made()
    {
        Assert.DoesNotContain("腾出编制", ReasonLeaving(ruralQuota: 2));
    }
}
