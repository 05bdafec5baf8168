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
}
