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
/// level on; otherwise the first level also minimises the sideways moves above the cap, ahead of its own
/// measure, and holds what it reached, so a county where the floor cannot be kept is planned all the same.
/// No floor when the policy sets 100 or asks for no transfers.
/// </summary>
/// <remarks>
/// Tried first: the floor as a level of its own before shortage. Its plan kept the floor but nothing else
/// (on a loaded machine the sample county's CV sum went 2.589 → 4.666 and the unmet shortage 155 → 182 FTE,
/// as the levels after it had no time to repair it). Folded into the first level, the repair starts from the
/// greedy plan and the level's guard keeps its measure no worse than the greedy's.
/// </remarks>
internal static class DirectionFloor
{
    /// <summary>
    /// Weight of one sideways move above the cap in the first level: above what one move changes the shortage
    /// level's objective (the default first level), so the repair comes first.
    /// </summary>
    private const long ExcessWeight = 1_000_000_000L;

    /// <summary>
    /// Posts the floor on the model: as a constraint when <paramref name="start"/> keeps it and obeys every
    /// rule, else inside the first of <paramref name="levels"/>.
    /// </summary>
    public static IReadOnlyList<ObjectiveLevel> Apply(RotationModel m, Plan start, IReadOnlyList<ObjectiveLevel> levels)
    {
        if (Cap(m.County) is not { } cap || levels.Count == 0)
        {
            return levels;
        }
        if (Sideways(m.County, start) <= cap && PlanChecker.Check(m.County, start).Count == 0)
        {
            m.Cp.Add(SidewaysMoves(m) <= cap);
            return levels;
        }
        var first = levels[0];
        IntVar? excess = null, total = null;
        var folded = first with
        {
            Build = mm =>
            {
                excess = Excess(mm, cap);
                total = mm.Cp.NewIntVar(-(1L << 50), 1L << 50, "objective-with-floor");
                mm.Cp.Add(total == ExcessWeight * excess + first.Build(mm));
                return total;
            },
            Hold = (mm, solution) =>
            {
                mm.Cp.Add(excess! <= solution[excess!.Index]);
                if (first.Hold is { } hold)
                {
                    hold(mm, solution);
                }
                else
                {
                    mm.Cp.Add(total! <= solution[total!.Index]);
                }
            },
        };
        return [folded, .. levels.Skip(1)];
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

    /// <summary>The sideways moves above the cap (0 when the floor is kept).</summary>
    private static IntVar Excess(RotationModel m, int cap)
    {
        var excess = m.Cp.NewIntVar(0, m.Transfers.Count, "direction-excess");
        m.Cp.Add(excess >= SidewaysMoves(m) - cap);
        return excess;
    }

    /// <summary>Whether a transfer between the schools is one the floor caps: counted (from a school in the exchange scope) and sideways.</summary>
    public static bool Caps(County county, SchoolId from, School to) =>
        MinExchangeRatio.CountsTransferFrom(county, from) && Directions.IsSideways(county.Schools[from], to);

    /// <summary>Counted transfers that go sideways.</summary>
    private static LinearExpr SidewaysMoves(RotationModel m) =>
        LinearExpr.Sum(m.Transfers.Where(o => Caps(m.County, o.Pool.Home, o.To)).Select(o => o.Count));
}
