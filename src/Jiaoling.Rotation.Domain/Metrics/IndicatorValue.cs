namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// One indicator of one stage for the whole county: the county total per 100 students and the
/// student-weighted coefficient of variation between schools (null when the county value is 0).
/// </summary>
public sealed record IndicatorValue(double County, double? Cv);
