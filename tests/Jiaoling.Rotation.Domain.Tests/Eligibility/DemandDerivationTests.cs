using Jiaoling.Rotation.Domain.Tests.Builders;

namespace Jiaoling.Rotation.Domain.Tests.Eligibility;

public class DemandDerivationTests
{
    private static decimal Fte(IEnumerable<DemandEntry> demand, Stage stage, Subject subject) =>
        demand.SingleOrDefault(d => d.Key.Stage == stage && d.Key.Subject == subject)?.RequiredFte ?? 0m;

    [Fact]
    public void Demand_is_classes_times_periods_over_load_rounded_to_a_tenth()
    {
        var school = Make.School("A", primary: 400) with { Primary = new StageEnrolment(400, 10) };

        var demand = DemandDerivation.Derive([school], DemandNorms.Default);

        Assert.Equal(4.7m, Fte(demand, Stage.Primary, Subject.CHN));
        Assert.Equal(2.5m, Fte(demand, Stage.Primary, Subject.PE));
        Assert.Equal(0.4m, Fte(demand, Stage.Primary, Subject.IT));
    }

    [Theory]
    [InlineData(199, 0)]
    [InlineData(200, 1)]
    public void Schools_from_the_psychology_threshold_get_one_psychology_teacher(int students, int psy)
    {
        var school = Make.School("A", primary: students) with { Primary = new StageEnrolment(students, 6) };

        var demand = DemandDerivation.Derive([school], DemandNorms.Default);

        Assert.Equal(psy, Fte(demand, Stage.Primary, Subject.PSY));
    }

    [Fact]
    public void Minimums_go_to_the_larger_stage_of_a_nine_year_school_only()
    {
        var school = Make.School("A", Area.Rural, SchoolLevel.NineYear) with
        {
            Primary = new StageEnrolment(120, 6), Junior = new StageEnrolment(90, 3), SpecialNeedsStudents = 5,
        };

        var demand = DemandDerivation.Derive([school], DemandNorms.Default);

        Assert.Equal(1m, Fte(demand, Stage.Primary, Subject.PSY));
        Assert.Equal(1.5m, Fte(demand, Stage.Primary, Subject.PE));
        Assert.Equal(1m, Fte(demand, Stage.Primary, Subject.SPED));
        Assert.Equal(0m, Fte(demand, Stage.Junior, Subject.PSY));
        Assert.Equal(0m, Fte(demand, Stage.Junior, Subject.SPED));
    }

    [Fact]
    public void Rural_school_from_200_students_has_at_least_one_pe_teacher()
    {
        var school = Make.School("A", Area.Rural) with { Primary = new StageEnrolment(200, 2) };

        var demand = DemandDerivation.Derive([school], DemandNorms.Default);

        Assert.Equal(1m, Fte(demand, Stage.Primary, Subject.PE));
    }

    [Fact]
    public void Stages_without_classes_get_no_demand()
    {
        var school = Make.School("A", level: SchoolLevel.NineYear) with { Primary = new StageEnrolment(100, 4) };

        var demand = DemandDerivation.Derive([school], DemandNorms.Default);

        Assert.DoesNotContain(demand, d => d.Key.Stage == Stage.Junior);
    }
}
