namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>A school with more students than the county plan allows (2,000; 2,500 for a nine-year school).</summary>
public sealed record OversizeSchool(School School, int Students, int Limit);
