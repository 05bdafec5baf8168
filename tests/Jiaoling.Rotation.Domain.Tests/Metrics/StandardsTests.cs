using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Domain.Tests.Builders;

namespace Jiaoling.Rotation.Domain.Tests.Metrics;

/// <summary>The per-school minimums of the 2017 evaluation, checked against hand calculations.</summary>
public sealed class StandardsTests
{
    [Theory]
    [InlineData(14, 317, 4.2, true, 0.0)]     // 14 × 100 / 317 = 4.416
    [InlineData(13, 317, 4.2, false, 0.314)]  // 4.2 × 317 / 100 = 13.314 teachers
    [InlineData(3, 300, 1.0, true, 0.0)]      // exactly 1.0 per 100
    [InlineData(0, 40, 0.9, false, 0.36)]     // a teaching point of 40 students
    public void Value_meets_and_shortfall_follow_the_contract(int counted, int students, double minimum, bool meets, double shortfall)
    {
        Assert.Equal(meets, SchoolStandard.Meets(counted, students, (decimal)minimum));
        Assert.Equal((decimal)shortfall, SchoolStandard.Shortfall(counted, students, (decimal)minimum));
    }

    [Theory]
    [InlineData(317, 4.2, 14)]
    [InlineData(300, 1.0, 3)]
    [InlineData(40, 0.9, 1)]
    [InlineData(0, 0.9, 0)]
    public void Needed_is_the_fewest_teachers_that_meet_the_minimum(int students, double minimum, int needed)
    {
        Assert.Equal(needed, SchoolStandard.Needed(students, (decimal)minimum));
        Assert.True(students == 0 || SchoolStandard.Meets(needed, students, (decimal)minimum));
        Assert.False(needed > 0 && SchoolStandard.Meets(needed - 1, students, (decimal)minimum));
    }

    [Fact]
    public void Minimums_come_from_the_policy_by_stage_and_indicator()
    {
        var policy = new Policy { StandardQualifiedJunior = 5.5m };

        Assert.Equal(4.2m, SchoolStandard.Minimum(policy, Stage.Primary, Indicator.QualifiedPer100));
        Assert.Equal(5.5m, SchoolStandard.Minimum(policy, Stage.Junior, Indicator.QualifiedPer100));
        Assert.Equal(1.0m, SchoolStandard.Minimum(policy, Stage.Junior, Indicator.BackbonePer100));
        Assert.Equal(0.9m, SchoolStandard.Minimum(policy, Stage.Primary, Indicator.PeArtPer100));
    }

    /// <summary>
    /// Three primary schools: A (100 students) has 5 qualified, 1 backbone, 1 PE teacher — all three met;
    /// B (200 students) has 8 qualified (needs 9), 2 backbone, no PE or art; C (50 students) has 3 qualified
    /// and nobody else. Shortfalls: qualified 8.4 − 8 = 0.4 at B; backbone 0.5 at C; PE/art 1.8 at B + 0.45 at C.
    /// </summary>
    [Fact]
    public void A_stage_tallies_schools_meeting_each_minimum_all_three_and_the_summed_shortfall()
    {
        var schools = new[] { Make.School("A", primary: 100), Make.School("B", primary: 200), Make.School("C", primary: 50) };
        var teachers = Enumerable.Range(1, 5).Select(i => Make.Teacher($"a{i}", "A"))
            .Select((t, i) => i == 0 ? t with { Backbone = BackboneLevel.County } : i == 1 ? t with { Subject = Subject.PE } : t)
            .Concat(Enumerable.Range(1, 8).Select(i => Make.Teacher($"b{i}", "B", backbone: i <= 2 ? BackboneLevel.City : BackboneLevel.None)))
            .Concat(Enumerable.Range(1, 3).Select(i => Make.Teacher($"c{i}", "C")));
        var county = Make.County(schools, teachers);

        var standards = CountyMetrics.Measure(county, Plan.Empty).Standards[Stage.Primary];

        Assert.Equal(new StandardTally(4.2m, 3, 2, 0.4m), standards[Indicator.QualifiedPer100]);
        Assert.Equal(new StandardTally(1.0m, 3, 2, 0.5m), standards[Indicator.BackbonePer100]);
        Assert.Equal(new StandardTally(0.9m, 3, 1, 2.25m), standards[Indicator.PeArtPer100]);
        Assert.Equal(1, standards.AllThree);
    }
}
