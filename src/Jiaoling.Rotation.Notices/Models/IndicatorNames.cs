using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>Short indicator names for chart axes and sheet rows, where the full labels (<see cref="IndicatorLabels"/>) do not fit.</summary>
internal static class IndicatorNames
{
    public static string Short(Indicator indicator) => indicator switch
    {
        Indicator.QualifiedPer100 => "高学历教师",
        Indicator.BackbonePer100 => "骨干教师",
        Indicator.PeArtPer100 => "体艺教师",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };
}
