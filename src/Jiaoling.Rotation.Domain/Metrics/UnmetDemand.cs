namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>Demand not met at one school × stage × subject: required and supplied FTE, and the gap.</summary>
public sealed record UnmetDemand(DemandKey Key, decimal Required, decimal Supplied)
{
    public decimal Unmet => Supply.Unmet(Required, Supplied);
}
