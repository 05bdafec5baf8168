using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// The direction floor (流向底线): at most <c>max_sideways_percent</c> % of the transfers the exchange ratio
/// asks for (⌊percent × required ÷ 100⌋ teachers) may go sideways, between two schools of the same area type,
/// neither weak — so a plan carries teachers toward rural and weak schools (item 19) before it serves the
/// levels. A cap on the count, not on the share, gives no reason to move extra teachers to dilute it, and
/// keeps the share at most the percent, as at least the required number transfer. When the plan the
/// search starts from keeps the floor and obeys every rule, the floor is a constraint from the first
/// level on; otherwise it is a level of its own, solved first (it minimises the sideways moves above the
/// cap) and held at what it reached, so a county where the floor cannot be kept is planned all the same.
/// No floor when the policy sets 100 or asks for no transfers.
/// </summary>
internal static class DirectionFloor
{
    public const string Name = "direction";

    /// <summary>Share of the time budget of the floor's own level: it only has to repair the start.</summary>
    private const double TimeWeight = 0.15;

    /// <summary>
    /// Posts the floor on the model: as a constraint when <paramref name="start"/> keeps it and obeys every
    /// rule, else as a level put before <paramref name="levels"/>.
    /// </summary>
    public static IReadOnlyList<ObjectiveLevel> Apply(RotationModel m, Plan start, IReadOnlyList<ObjectiveLevel> levels)
    {
        if (Cap(m.County) is not { } cap)
        {
            return levels;
        }
        if (Sideways(m.County, start) <= cap && PlanChecker.Check(m.County, start).Count == 0)
        {
            m.Cp.Add(SidewaysMoves(m) <= cap);
            return levels;
        }
        return [new ObjectiveLevel(Name, mm => Excess(mm, cap), TimeWeight), .. levels];
    }

    /// <summary>The most counted transfers that may go sideways, or null when the county sets no floor.</summary>
    public static int? Cap(County county)
    {
        var percent = county.Policy.Objectives.MaxSidewaysPercent;
        var required = MinExchangeRatio.Required(county);
        return percent >= 100 || required == 0 ? null : percent * required / 100;
    }

    /// <summary>The plan's counted transfers between two schools of the same area type, neither weak (as metrics.json counts them).</summary>
    public static int Sideways(County county, Plan plan) => RotationMetrics.Measure(county, plan).Directions.Sideways;

    /// <summary>The level's measure: the sideways moves above the cap (0 when the floor is kept).</summary>
    private static LinearExpr Excess(RotationModel m, int cap)
    {
        var excess = m.Cp.NewIntVar(0, m.Transfers.Count, "direction-excess");
        m.Cp.Add(excess >= SidewaysMoves(m) - cap);
        return excess;
    }

    /// <summary>Counted transfers (from a school in the exchange scope) that go sideways.</summary>
    private static LinearExpr SidewaysMoves(RotationModel m) => LinearExpr.Sum(m.Transfers
        .Where(o => MinExchangeRatio.CountsTransferFrom(m.County, o.Pool.Home) && Directions.IsSideways(m.SchoolOf(o.Pool.Home), o.To))
        .Select(o => o.Count));
}
