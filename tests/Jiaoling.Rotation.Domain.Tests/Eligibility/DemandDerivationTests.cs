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
        // PE: 4 periods in grades 1–2 and 3 in grades 3–6, 10/3 a class on average: 10 × 10/3 ÷ 16 = 2.08.
        Assert.Equal(2.1m, Fte(demand, Stage.Primary, Subject.PE));
        // IT: one period in grades 3–6, 2/3 a class on average: 10 × 2/3 ÷ 16 = 0.42.
        Assert.Equal(0.4m, Fte(demand, Stage.Primary, Subject.IT));
    }

    [Theory]
    [InlineData(20, 0.5)]
    [InlineData(199, 0.5)]
    [InlineData(200, 1)]
    public void Every_school_gets_psychology_full_time_from_the_threshold_and_part_time_below_it(int students, decimal psy)
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
        Assert.Equal(1.3m, Fte(demand, Stage.Primary, Subject.PE));
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
    public void Junior_pe_is_three_periods_and_junior_it_two_grades_of_three()
    {
        var school = Make.School("A", level: SchoolLevel.Junior) with { Junior = new StageEnrolment(630, 14) };

        var demand = DemandDerivation.Derive([school], DemandNorms.Default);

        Assert.Equal(3m, Fte(demand, Stage.Junior, Subject.PE));
        Assert.Equal(0.7m, Fte(demand, Stage.Junior, Subject.IT));
    }

    [Fact]
    public void The_complete_table_has_a_row_of_zero_for_every_key_with_teachers_and_no_demand()
    {
        var school = Make.School("A", primary: 400) with { Primary = new StageEnrolment(400, 10) };
        var historian = Make.Teacher("t1", "A") with { Subject = Subject.HIST };

        var demand = DemandDerivation.Complete([school], [historian], DemandNorms.Default);

        Assert.Equal(0m, demand.Single(d => d.Key.Subject == Subject.HIST).RequiredFte);
        Assert.Equal(demand.OrderBy(d => d.Key.School).ThenBy(d => d.Key.Stage).ThenBy(d => d.Key.Subject), demand);
        Assert.Equal(DemandDerivation.Derive([school], DemandNorms.Default).Count + 1, demand.Count);
    }

    [Fact]
    public void Stages_without_classes_get_no_demand()
    {
        var school = Make.School("A", level: SchoolLevel.NineYear) with { Primary = new StageEnrolment(100, 4) };

        var demand = DemandDerivation.Derive([school], DemandNorms.Default);

        Assert.DoesNotContain(demand, d => d.Key.Stage == Stage.Junior);
    }
}
