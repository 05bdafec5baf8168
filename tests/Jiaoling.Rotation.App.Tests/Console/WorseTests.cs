using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning.Terminal;
using Jiaoling.Rotation.Tests;
using DomainPlan = Jiaoling.Rotation.Domain.Plan;

namespace Jiaoling.Rotation.App.Tests.Console;

/// <summary>The summary warns of every figure a plan makes worse.</summary>
public sealed class WorseTests
{
    private static readonly County Example = County.Create(DatasetReader.Read(RepoPaths.ContractExample).Dataset!);

    private static RenderInput Measure(DomainPlan plan) =>
        RenderInput.Measure(Example, plan, new SolverSummary(SolverSummary.Feasible, 0, 0, []));

    [Fact]
    public void No_plan_makes_nothing_worse()
    {
        Assert.Empty(Worse.Of(Measure(DomainPlan.Empty)));
    }

    [Fact]
    public void Moving_every_pe_music_and_art_teacher_of_a_school_away_warns_of_each_figure_it_worsens()
    {
        var school = Example.Dataset.Schools.First(s => s.Primary.Students > 0);
        var other = Example.Dataset.Schools.First(s => s.Primary.Students > 0 && s.Id != school.Id);
        var leaving = Example.Dataset.Teachers
            .Where(t => t.SchoolId == school.Id && t.Stage == Stage.Primary && !t.IsPrincipal && Codes.PeArtSubjects.Contains(t.Subject))
            .Select(t => Assignment.Of(t, AssignmentKind.Transfer, other.Id, t.Subject, 1m, Example.Policy, ""))
            .ToList();
        Assert.NotEmpty(leaving);
        var input = Measure(new DomainPlan(leaving));

        var warnings = Worse.Of(input);

        var cvBefore = input.Before.Indicators[Stage.Primary][Indicator.PeArtPer100].Cv!.Value;
        var cvAfter = input.After.Indicators[Stage.Primary][Indicator.PeArtPer100].Cv!.Value;
        Assert.Equal(cvAfter > cvBefore, warnings.Any(w => w.StartsWith("小学体艺教师差异系数由", StringComparison.Ordinal)));
        Assert.Equal(input.After.ShortageFte > input.Before.ShortageFte, warnings.Any(w => w.StartsWith("紧缺学科缺额由", StringComparison.Ordinal)));
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Matches("由 .+(增|减|降|升)至 ", w));
    }
}
