using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>The rule's candidate filter: transfers and principal moves are only offered within max_transfer_km.</summary>
public sealed partial class MaxTransferKm
{
    public static bool AllowsMove(County county, SchoolId from, SchoolId to) =>
        DistanceTable.Within(county.Distances.Km(from, to), county.Policy.MaxTransferKm);
}
