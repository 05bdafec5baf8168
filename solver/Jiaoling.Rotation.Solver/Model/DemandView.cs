using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>Demand and supply before the plan in tenths of an FTE, the model's integer unit.</summary>
internal sealed class DemandView(County county)
{
    public static long Tenths(decimal fte) => (long)Math.Ceiling(fte * 10m);

    public long Required(DemandKey key) => Tenths(county.Required(key));

    public long SupplyBefore(DemandKey key) => (long)Math.Round(county.SupplyBaseline.GetValueOrDefault(key) * 10m);

    /// <summary>Tenths no_new_shortage protects (<see cref="County.SupplyProtected"/>).</summary>
    public long SupplyProtected(DemandKey key) => (long)Math.Round(county.SupplyProtected.GetValueOrDefault(key) * 10m);

    /// <summary>Unmet demand before the plan, tenths.</summary>
    public long UnmetBefore(DemandKey key) => Math.Max(0, Required(key) - SupplyBefore(key));

    /// <summary>Tenths the key must keep under no_new_shortage (<see cref="County.MustKeep"/>): min(demand, protected supply).</summary>
    public long MustKeep(DemandKey key) => Math.Min(Required(key), SupplyProtected(key));

    /// <summary>Supply that may leave without breaking no_new_shortage, tenths: above <see cref="MustKeep"/>.</summary>
    public long SurplusBefore(DemandKey key) => Math.Max(0, SupplyBefore(key) - MustKeep(key));
}
