using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Generator;
using Xunit.Abstractions;

namespace Jiaoling.Rotation.Domain.Tests.Generator;

/// <summary>
/// The sample county must start unbalanced the way a real county does (backbone and PE/art teachers
/// in town, shortage subjects missing in villages) and still allow a plan under the default policy.
/// </summary>
public class SampleBalanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<County> LazySample = new(() => County.Create(
        CountyGenerator.Generate(new GeneratorOptions(GeneratorOptions.SampleTeachers, GeneratorOptions.SampleSeed))));

    private static County Sample => LazySample.Value;

    [Fact]
    public void Backbone_and_pe_art_cvs_start_between_half_and_one()
    {
        var before = CountyMetrics.Measure(Sample, Plan.Empty);
        foreach (var stage in CountyMetrics.Stages)
        {
            foreach (var indicator in StageIndicators.All)
            {
                var v = before.Indicators[stage][indicator];
                output.WriteLine($"{stage} {indicator}: county {v.County:0.000} cv {v.Cv:0.000}");
            }
        }
        output.WriteLine($"shortage {before.ShortageFte}; eligible {before.Rotation.Eligible}");

        foreach (var stage in CountyMetrics.Stages)
        {
            Assert.InRange(before.Indicators[stage][Indicator.BackbonePer100].Cv!.Value, 0.5, 1.1);
            Assert.InRange(before.Indicators[stage][Indicator.PeArtPer100].Cv!.Value, 0.3, 1.1);
        }
    }

    [Fact]
    public void Rural_schools_lack_shortage_subjects_that_urban_schools_have_spare()
    {
        var before = CountyMetrics.Measure(Sample, Plan.Empty);
        var ruralUnmet = before.Unmet
            .Where(kv => Codes.ShortageSubjects.Contains(kv.Key.Subject) && Sample.Schools[kv.Key.School].Area == Area.Rural)
            .Sum(kv => kv.Value);
        var urbanSpare = before.Supply
            .Where(kv => Codes.ShortageSubjects.Contains(kv.Key.Subject) && Sample.Schools[kv.Key.School].Area == Area.Urban)
            .Sum(kv => Math.Max(0, kv.Value - Sample.Required(kv.Key)));
        output.WriteLine($"rural unmet {ruralUnmet}, urban spare {urbanSpare}");

        Assert.True(ruralUnmet >= 10, $"rural unmet shortage-subject FTE {ruralUnmet}");
        Assert.True(urbanSpare >= ruralUnmet / 2, $"urban spare {urbanSpare} against rural unmet {ruralUnmet}");
    }

    [Fact]
    public void Enough_eligible_teachers_can_leave_without_leaving_a_gap()
    {
        var county = Sample;
        var (rotated, backbone) = RotationMetrics.Targets(county.Status.Values.Count(s => s.Eligible), county.Policy);
        var spare = county.Dataset.Teachers
            .Where(t => county.Status[t.Id].Eligible)
            .GroupBy(t => new DemandKey(t.SchoolId, t.Stage, t.Subject))
            .SelectMany(g => g.Take((int)Math.Floor(county.SupplyBefore[g.Key] - county.Required(g.Key))))
            .ToList();
        output.WriteLine($"targets {rotated}/{backbone}; spare eligible {spare.Count}, backbone {spare.Count(t => t.IsBackbone)}");

        Assert.True(spare.Count >= 2 * rotated, $"{spare.Count} eligible teachers can leave without a gap; {rotated} must rotate");
        Assert.True(spare.Count(t => t.IsBackbone) >= 2 * backbone);
    }

    [Fact]
    public void Every_school_is_within_the_transfer_limit_of_every_other()
    {
        var ids = Sample.Schools.Keys.ToList();
        var longest = ids.SelectMany(a => ids.Select(b => Sample.Distances.Km(a, b))).Max();

        Assert.True(longest < Sample.Policy.MaxTransferKm, $"longest distance {longest} km");
    }
}
