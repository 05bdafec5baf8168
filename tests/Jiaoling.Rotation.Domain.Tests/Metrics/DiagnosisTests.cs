using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Domain.Tests.Builders;

namespace Jiaoling.Rotation.Domain.Tests.Metrics;

public class DiagnosisTests
{
    private static Diagnosis Diagnose(params School[] schools) => Diagnosis.Of(Make.County(schools,
    [
        Make.Teacher("t1", "A", backbone: BackboneLevel.County),
        Make.Teacher("t2", "A", yearsAtSchool: 1),
        Make.Principal("p1", "A"),
        Make.Teacher("t3", "B", subject: Subject.PE) with { StaffType = StaffType.SpecialPost },
    ]));

    private static School Primary(string id, int students, int classes) =>
        Make.School(id, primary: students) with { Primary = new StageEnrolment(students, classes) };

    [Fact]
    public void Average_class_size_over_45_in_primary_is_oversize_and_exactly_45_is_not()
    {
        var d = Diagnose(Primary("A", 460, 10), Primary("B", 450, 10));

        var oversize = Assert.Single(d.OversizeClasses);
        Assert.Equal("A", oversize.School.Id.Value);
        Assert.Equal(46.0, oversize.AverageClassSize);
    }

    [Fact]
    public void Junior_limit_is_50_and_nine_year_schools_may_have_2500_students()
    {
        var nine = Make.School("A", level: SchoolLevel.NineYear) with
        {
            Primary = new StageEnrolment(1500, 34), Junior = new StageEnrolment(1000, 20),
        };
        var junior = Make.School("B", level: SchoolLevel.Junior) with { Junior = new StageEnrolment(2001, 40) };

        var d = Diagnose(nine, junior);

        Assert.Equal([("B", 2001, 2000)], d.OversizeSchools.Select(o => (o.School.Id.Value, o.Students, o.Limit)));
        Assert.Equal([("B", Stage.Junior)], d.OversizeClasses.Select(o => (o.School.Id.Value, o.Stage)));
    }

    [Fact]
    public void Reasons_count_every_teacher_and_targets_round_up()
    {
        var d = Diagnose(Primary("A", 400, 10), Primary("B", 100, 4));

        Assert.Equal(1, d.ByReason[IneligibilityReason.None]);
        Assert.Equal(1, d.ByReason[IneligibilityReason.TooFewYears]);
        Assert.Equal(1, d.ByReason[IneligibilityReason.Principal]);
        Assert.Equal(1, d.ByReason[IneligibilityReason.StaffType]);
        Assert.Equal(0, d.ByReason[IneligibilityReason.Exempt]);
        Assert.Equal((1, 1), (d.RotatedTarget, d.BackboneTarget));
    }

    [Fact]
    public void Cv_checks_use_050_for_primary_and_045_for_junior_and_are_undefined_without_teachers()
    {
        var d = Diagnose(Primary("A", 400, 10), Primary("B", 100, 4));

        var backbone = d.CvChecks.Single(c => c.Stage == Stage.Primary && c.Indicator == Indicator.BackbonePer100);
        Assert.Equal(0.50, backbone.Threshold);
        Assert.Equal(0.5, backbone.Cv!.Value, 6);
        Assert.True(backbone.Pass);
        var junior = d.CvChecks.Single(c => c.Stage == Stage.Junior && c.Indicator == Indicator.QualifiedPer100);
        Assert.Equal(0.45, junior.Threshold);
        Assert.Null(junior.Pass);
    }
}
