namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The three teacher indicators of the national evaluation of high-quality balanced compulsory
/// education (县域义务教育优质均衡发展督导评估办法, 2017), each per 100 students of a stage.
/// </summary>
public enum Indicator
{
    /// <summary>Teachers above the required education (小学: 大专 or higher; 初中: 本科 or higher).</summary>
    QualifiedPer100,

    /// <summary>Backbone teachers (county level or higher).</summary>
    BackbonePer100,

    /// <summary>Teachers teaching PE, music or fine art, by the subject taught.</summary>
    PeArtPer100,
}
