using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>The indicators' names as the national evaluation (督导评估办法, 2017) words them.</summary>
internal static class IndicatorNames
{
    public static string Of(Indicator indicator) => indicator switch
    {
        Indicator.QualifiedPer100 => "每百名学生拥有高于规定学历教师数",
        Indicator.BackbonePer100 => "每百名学生拥有县级以上骨干教师数",
        Indicator.PeArtPer100 => "每百名学生拥有体育、艺术专任教师数",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    public static string Short(Indicator indicator) => indicator switch
    {
        Indicator.QualifiedPer100 => "高学历教师",
        Indicator.BackbonePer100 => "骨干教师",
        Indicator.PeArtPer100 => "体艺教师",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };
}
