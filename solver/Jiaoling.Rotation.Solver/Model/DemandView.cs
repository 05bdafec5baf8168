using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>Demand and supply before the plan in tenths of an FTE, the model's integer unit.</summary>
internal sealed class DemandView(County county)
{
    public static long Tenths(decimal fte) => (long)Math.Ceiling(fte * 10m);

    public long Required(DemandKey key) => Tenths(county.Required(key));

    public long SupplyBefore(DemandKey key) => (long)Math.Round(county.SupplyBaseline.GetValueOrDefault(key) * 10m);

    /// <summary>Unmet demand before the plan, tenths.</summary>
    public long UnmetBefore(DemandKey key) => Math.Max(0, Required(key) - SupplyBefore(key));

    /// <summary>Supply above demand before the plan, tenths (0 when short).</summary>
    public long SurplusBefore(DemandKey key) => Math.Max(0, SupplyBefore(key) - Required(key));
}
