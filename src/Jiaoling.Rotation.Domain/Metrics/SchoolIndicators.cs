namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The counts behind the indicators at one school in one stage: students, teachers and principals
/// posted there in that stage, and how many of them are qualified, backbone, or teach PE or art.
/// </summary>
public sealed record SchoolIndicators(
    SchoolId School,
    Stage Stage,
    int Students,
    int Classes,
    int Teachers,
    int Qualified,
    int Backbone,
    int PeArt)
{
    /// <summary>How many teachers the indicator counts at this school.</summary>
    public int Count(Indicator indicator) => indicator switch
    {
        Indicator.QualifiedPer100 => Qualified,
        Indicator.BackbonePer100 => Backbone,
        Indicator.PeArtPer100 => PeArt,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    /// <summary>The school's value X_i: teachers counted per 100 students.</summary>
    public double Per100(Indicator indicator) => Students == 0 ? 0 : 100.0 * Count(indicator) / Students;
}
