using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>The report's tables of the per-school minimums: the county tally per stage and indicator, and each school.</summary>
internal static class StandardsTables
{
    public static IReadOnlyList<StandardRow> Tallies(RenderInput input) => CountyMetrics.Stages
        .SelectMany(stage =>
        {
            var before = input.Before.Standards[stage];
            var after = input.After.Standards[stage];
            return StageIndicators.All.Select(i => new StandardRow(Format.Stage(stage), IndicatorLabels.Label(i),
                    Format.Minimum(before[i].Minimum), before[i].Schools,
                    Count(before[i].Meeting, after[i].Meeting),
                    new ValueChange("", "", Format.Fte(before[i].Shortfall), Format.Fte(after[i].Shortfall),
                        ValueChange.TrendOf((double)before[i].Shortfall, (double)after[i].Shortfall, moreIsBetter: false))))
                .Append(new StandardRow(Format.Stage(stage), "三项均达标的学校", "", before[Indicator.QualifiedPer100].Schools,
                    Count(before.AllThree, after.AllThree), Blank))
                .Append(new StandardRow(Format.Stage(stage), "三项满足“七项中至少六项达标、其余不低于 85%”的学校", "",
                    before[Indicator.QualifiedPer100].Schools, Count(before.PassReading, after.PassReading), Blank));
        })
        .ToList();

    public static IReadOnlyList<SchoolStandardRow> Schools(RenderInput input)
    {
        var policy = input.County.Policy;
        return CountyMetrics.Stages
            .SelectMany(stage => input.After.Indicators[stage].Schools.Select(after =>
            {
                var before = input.Before.Indicators[stage].ForSchool(after.School)!;
                var cells = StageIndicators.All.Select(i => new StandardCell(
                    Format.Number(before.Per100(i), 2),
                    Format.Number(after.Per100(i), 2),
                    Format.Minimum(SchoolStandard.Minimum(policy, stage, i)),
                    StageStandards.Meets(policy, after, i) ? "达标" : "未达标",
                    ValueChange.TrendOf(before.Per100(i), after.Per100(i), moreIsBetter: true))).ToList();
                return new SchoolStandardRow(Format.SchoolName(input.County, after.School), Format.Stage(stage), after.Students, cells,
                    StageStandards.AllowsPass(policy, after) ? "可达到" : "不能达到");
            }))
            .ToList();
    }

    private static readonly ValueChange Blank = new("", "", "", "", "");

    private static ValueChange Count(int before, int after) =>
        new("", "", before.ToString(), after.ToString(), ValueChange.TrendOf(before, after, moreIsBetter: true));
}
