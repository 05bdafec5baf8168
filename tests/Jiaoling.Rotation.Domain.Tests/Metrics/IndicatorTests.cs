using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Domain.Tests.Builders;

namespace Jiaoling.Rotation.Domain.Tests.Metrics;

/// <summary>
/// Three primary schools, P = 200 students, weights P_i/P = 0.5, 0.25, 0.25.
/// <code>
/// A (100 students): a1 bachelor CHN backbone, a2 associate PE, a3 secondary ART
///    qualified 2 → 2.0   backbone 1 → 1.0   pe_art 2 → 2.0
/// B (50): b1 associate MUS backbone, b2 bachelor CHN
///    qualified 2 → 4.0   backbone 1 → 2.0   pe_art 1 → 2.0
/// C (50): principal c1 bachelor CHN
///    qualified 1 → 2.0   backbone 0 → 0.0   pe_art 0 → 0.0
/// qualified: county 5/200·100 = 2.5; X̄ = 0.5·2 + 0.25·4 + 0.25·2 = 2.5;
///            S² = 0.5·0.25 + 0.25·2.25 + 0.25·0.25 = 0.75; CV = √0.75 / 2.5 = 0.3464102
/// backbone:  county 2/200·100 = 1.0; S² = 0.5·0 + 0.25·1 + 0.25·1 = 0.5; CV = √0.5 / 1 = 0.7071068
/// pe_art:    county 3/200·100 = 1.5; S² = 0.5·0.25 + 0.25·0.25 + 0.25·2.25 = 0.75; CV = √0.75 / 1.5 = 0.5773503
/// after a3 transfers A → C teaching ART: pe_art A 1 → 1.0, B 2.0, C 1 → 2.0; county 1.5;
///            S² = 0.5·0.25 + 0.25·0.25 + 0.25·0.25 = 0.25; CV = 0.5 / 1.5 = 0.3333333
/// Left out: a junior teacher at A (no junior students) and a primary teacher at junior school D.
/// D (30 junior students): d1 bachelor junior → junior qualified 1/30·100 = 3.3333333, CV 0.
/// </code>
/// </summary>
public class IndicatorTests
{
    private static readonly Teacher A3 = Make.Teacher("a3", "A", subject: Subject.ART, education: Education.Secondary);

    private static County ThreeSchools() => Make.County(
        [
            Make.School("A", primary: 100),
            Make.School("B", primary: 50),
            Make.School("C", primary: 50),
            Make.School("D", level: SchoolLevel.Junior, junior: 30),
        ],
        [
            Make.Teacher("a1", "A", backbone: BackboneLevel.County),
            Make.Teacher("a2", "A", subject: Subject.PE, education: Education.Associate),
            A3,
            Make.Teacher("a4", "A", Stage.Junior, Subject.PE),
            Make.Teacher("b1", "B", subject: Subject.MUS, education: Education.Associate, backbone: BackboneLevel.City),
            Make.Teacher("b2", "B"),
            Make.Principal("c1", "C"),
            Make.Teacher("d1", "D", Stage.Junior),
            Make.Teacher("d2", "D", subject: Subject.PE, backbone: BackboneLevel.County),
        ]);

    [Theory]
    [InlineData(Indicator.QualifiedPer100, 2.5, 0.3464102)]
    [InlineData(Indicator.BackbonePer100, 1.0, 0.7071068)]
    [InlineData(Indicator.PeArtPer100, 1.5, 0.5773503)]
    public void Primary_indicators_before_match_the_hand_calculation(Indicator indicator, double county, double cv)
    {
        var value = CountyMetrics.Measure(ThreeSchools(), Plan.Empty).Indicators[Stage.Primary][indicator];

        Assert.Equal(county, value.County, 6);
        Assert.Equal(cv, value.Cv!.Value, 6);
    }

    [Fact]
    public void Transfer_counts_at_the_new_school_with_the_rows_subject()
    {
        var plan = new Plan([Make.Row(A3, AssignmentKind.Transfer, "C", Subject.ART)]);

        var value = CountyMetrics.Measure(ThreeSchools(), plan).Indicators[Stage.Primary][Indicator.PeArtPer100];

        Assert.Equal(1.5, value.County, 6);
        Assert.Equal(0.3333333, value.Cv!.Value, 6);
    }

    [Fact]
    public void Transfer_teaching_another_subject_no_longer_counts_as_pe_art()
    {
        var plan = new Plan([Make.Row(A3, AssignmentKind.Transfer, "C", Subject.CHN)]);

        var value = CountyMetrics.Measure(ThreeSchools(), plan).Indicators[Stage.Primary][Indicator.PeArtPer100];

        Assert.Equal(1.0, value.County, 6);
    }

    [Fact]
    public void Moved_principal_counts_at_the_school_now_led()
    {
        var principal = Make.Principal("c1", "C");
        var plan = new Plan([Make.Row(principal, AssignmentKind.Principal, "B", null)]);

        var primary = CountyMetrics.Measure(ThreeSchools(), plan).Indicators[Stage.Primary];

        Assert.Equal(3, primary.ForSchool(new SchoolId("B"))!.Qualified);
        Assert.Equal(0, primary.ForSchool(new SchoolId("C"))!.Teachers);
        Assert.Equal(2.5, primary[Indicator.QualifiedPer100].County, 6);
    }

    [Fact]
    public void Itinerant_teacher_counts_at_home()
    {
        var plan = new Plan([Make.Row(A3, AssignmentKind.Itinerant, "C", Subject.ART, 0.5m)]);

        var primary = CountyMetrics.Measure(ThreeSchools(), plan).Indicators[Stage.Primary];

        Assert.Equal(2, primary.ForSchool(new SchoolId("A"))!.PeArt);
        Assert.Null(primary.ForSchool(new SchoolId("D")));
    }

    [Fact]
    public void Teachers_at_schools_without_students_in_their_stage_are_left_out()
    {
        var metrics = CountyMetrics.Measure(ThreeSchools(), Plan.Empty);

        Assert.Equal(["A", "B", "C"], metrics.Indicators[Stage.Primary].Schools.Select(s => s.School.Value));
        Assert.Equal(3, metrics.Indicators[Stage.Primary].Schools[0].Teachers);
        var junior = metrics.Indicators[Stage.Junior];
        Assert.Equal(100.0 / 30, junior[Indicator.QualifiedPer100].County, 6);
        Assert.Equal(0.0, junior[Indicator.QualifiedPer100].Cv);
        Assert.Equal(0.0, junior[Indicator.BackbonePer100].County);
        Assert.Null(junior[Indicator.BackbonePer100].Cv);
    }

    [Fact]
    public void Primary_requires_associate_and_junior_requires_bachelor()
    {
        Assert.True(StageIndicators.IsQualified(Stage.Primary, Education.Associate));
        Assert.False(StageIndicators.IsQualified(Stage.Primary, Education.Secondary));
        Assert.False(StageIndicators.IsQualified(Stage.Junior, Education.Associate));
        Assert.True(StageIndicators.IsQualified(Stage.Junior, Education.Bachelor));
    }
}
