namespace Jiaoling.Rotation.Domain;

/// <summary>
/// Teaching supply in FTE per school × stage × subject, as the contract counts it: a teacher who stays
/// supplies 1.0 of the subject at home less any itinerant shares given away, a transfer 1.0 of the row's
/// subject at the new school, an itinerant share its share at the receiving school, a principal nothing.
/// </summary>
public static class Supply
{
    public static Dictionary<DemandKey, decimal> Of(IEnumerable<Teacher> teachers, Plan plan)
    {
        var rows = plan.Assignments.ToLookup(a => a.TeacherId);
        var supply = new Dictionary<DemandKey, decimal>();
        foreach (var t in teachers)
        {
            var own = rows[t.Id].ToList();
            var move = own.FirstOrDefault(a => a.Kind != AssignmentKind.Itinerant);
            if (t.IsPrincipal || move?.Kind == AssignmentKind.Principal)
            {
                continue;
            }
            if (move is { Subject: { } subject })
            {
                Add(supply, new DemandKey(move.To, t.Stage, subject), 1m);
                continue;
            }
            var given = 0m;
            foreach (var share in own.Where(a => a.Kind == AssignmentKind.Itinerant && a.Subject is not null))
            {
                Add(supply, new DemandKey(share.To, t.Stage, share.Subject!.Value), share.Share);
                given += share.Share;
            }
            Add(supply, new DemandKey(t.SchoolId, t.Stage, t.Subject), 1m - given);
        }
        return supply;
    }

    /// <summary>Unmet demand of one key: max(0, required − supply).</summary>
    public static decimal Unmet(decimal required, decimal supplied) => Math.Max(0m, required - supplied);

    private static void Add(Dictionary<DemandKey, decimal> supply, DemandKey key, decimal fte) =>
        supply[key] = supply.GetValueOrDefault(key) + fte;
}
