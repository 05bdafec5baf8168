namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>The Chinese names of the indicators as the national evaluation words them.</summary>
public static class IndicatorLabels
{
    public static string Label(Indicator indicator) => indicator switch
    {
        Indicator.QualifiedPer100 => "每百名学生拥有高于规定学历教师数",
        Indicator.BackbonePer100 => "每百名学生拥有县级及以上骨干教师数",
        Indicator.PeArtPer100 => "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    /// <summary>Short names for chart axes, sheet rows and summaries, where the full labels do not fit.</summary>
    public static string Short(Indicator indicator) => indicator switch
    {
        Indicator.QualifiedPer100 => "高学历教师",
        Indicator.BackbonePer100 => "骨干教师",
        Indicator.PeArtPer100 => "体艺教师",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };
}
