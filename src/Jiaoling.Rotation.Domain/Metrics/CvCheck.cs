namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// One indicator's coefficient of variation against the standard's largest (0.50 小学, 0.45 初中);
/// <see cref="Pass"/> is null when the CV is undefined (the county value is 0).
/// </summary>
public sealed record CvCheck(Stage Stage, Indicator Indicator, double? Cv, double Threshold)
{
    public bool? Pass => Passes(Cv, Threshold);

    /// <summary>Whether a CV keeps its largest (within <see cref="Tolerance.Figure"/>); null when the CV is undefined.</summary>
    public static bool? Passes(double? cv, double threshold) => cv is { } v ? v <= threshold + Tolerance.Figure : null;
}
