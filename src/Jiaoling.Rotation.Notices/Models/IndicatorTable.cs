using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>The three indicators per stage: county value and CV before and after, against the CV standard.</summary>
internal static class IndicatorTable
{
    public static IReadOnlyList<IndicatorRow> Build(RenderInput input) => CountyMetrics.Stages
        .SelectMany(stage => StageIndicators.All.Select(i =>
        {
            var before = input.Before.Indicators[stage][i];
            var after = input.After.Indicators[stage][i];
            var limit = BalanceStandards.MaxCv(stage);
            return new IndicatorRow(
                Format.Stage(stage),
                IndicatorLabels.Label(i),
                Format.Number(before.County, 2),
                Format.Number(after.County, 2),
                Format.Number(before.Cv, 3),
                Format.Number(after.Cv, 3),
                Format.Number(limit, 2),
                Status(before.Cv, limit),
                Status(after.Cv, limit),
                before.Cv is { } b && after.Cv is { } a ? ValueChange.TrendOf(b, a, moreIsBetter: false) : "");
        }))
        .ToList();

    private static string Status(double? cv, double limit) =>
        CvCheck.Passes(cv, limit) switch { true => "达标", false => "未达标", null => "无数据" };
}
