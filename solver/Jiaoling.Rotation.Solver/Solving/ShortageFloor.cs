using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;
using Lp = Google.OrTools.LinearSolver.Solver;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// The least unmet shortage-subject FTE (PSY, PE, MUS, ART, IT) that any plan the rules allow can leave: the
/// optimum of a linear relaxation (GLOP) over every move, not only the CP-SAT model's candidates. The planner's
/// level bounds say how far a plan is from the best among its candidate moves; this says how much of the county's
/// shortage rotation can fill at all, whatever the candidates or the time, and so how much is left to recruitment.
/// </summary>
/// <remarks>
/// <para>Kept, per school × stage × shortage subject (a key): the supply after is the supply before (after the
/// returns due) plus whole-teacher arrivals and shares received, less leavers and shares lent; unmet is what demand
/// lacks of it, with the mixed-integer rounding cut of <see cref="Objectives.ShortageObjective"/> (teachers arrive
/// whole); and no key ends below what no_new_shortage protects. Arrivals come from anywhere in the county (the
/// distance limit is dropped) and are teachers who may transfer (eligibility: eligible or movable volunteers, no
/// principal, no returner) qualified in the subject (subject_match, stage_match). Shares come from movable teachers
/// at schools itinerant_limits allows, at most itinerant_max_share each, and a teacher transfers or lends, not both.
/// A school under staff_quota takes in no more than its room plus the teachers who leave it (not its principal: a
/// school that had one still has one); none loses more than outflow_cap allows.</para>
/// <para>Dropped, so the floor can only be lower than the truth: every rule not named above (keep_standards,
/// couples, the exchange quotas, principal moves), teachers of other subjects leaving without their own subject being
/// refilled, anyone who may transfer leaving only to make room, and fractional teachers and shares.</para>
/// </remarks>
public static class ShortageFloor
{
    public static ShortageFloorResult Compute(County county, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        using var lp = Lp.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools 没有 GLOP 线性规划求解器。");
        var keys = FloorKeys.Of(county, lp);
        var hubs = new Dictionary<(Stage, Subject), List<Variable>>();
        var departures = new Dictionary<SchoolId, List<Variable>>();
        var maxShare = (double)county.Policy.ItinerantMaxShare;
        var returning = FloorSources.Returning(county);
        foreach (var source in FloorSources.Of(county, returning))
        {
            ct.ThrowIfCancellationRequested();
            var leaving = new List<Variable>();
            var lent = new List<Variable>();
            foreach (var (subject, movers) in source.MayTransfer)
            {
                var y = lp.MakeNumVar(0, movers, $"y[{source.Key}>{subject}]");
                leaving.Add(y);
                Add(hubs, (source.Key.Stage, subject), y);
                Add(departures, source.Key.School, y);
            }
            foreach (var (subject, lenders) in source.Movable)
            {
                var given = keys.Reach(county, source.Key, subject)
                    .Select(target => keys.Receive(target, lp.MakeNumVar(0, maxShare * lenders, $"i[{source.Key}>{target}]")))
                    .ToList();
                lent.AddRange(given);
                lp.Add(Sum(given) <= maxShare * lenders);
            }
            lp.Add(Sum(leaving) + Sum(lent) * (1 / maxShare) <= source.People);
            keys.Give(source.Key, leaving, lent);
        }
        foreach (var ((stage, subject), arrivals) in keys.ArrivalsByHub())
        {
            lp.Add(Sum(arrivals) <= Sum(hubs.GetValueOrDefault((stage, subject)) ?? []));
        }
        keys.PostBalances(lp);
        PostSchools(lp, county, keys, departures, FloorSources.MayLeave(county, returning));
        var objective = lp.Objective();
        foreach (var unmet in keys.Unmet)
        {
            objective.SetCoefficient(unmet, 1);
        }
        objective.SetMinimization();
        var status = lp.Solve();
        if (status != Lp.ResultStatus.OPTIMAL)
        {
            throw new InvalidOperationException($"紧缺缺口下限的线性规划未求得最优解（{status}）。");
        }
        return new ShortageFloorResult(keys.UnmetBefore, Math.Max(0, objective.Value()), clock.Elapsed.TotalSeconds);
    }

    /// <summary>Staff quota (arrivals ≤ room + departures) and outflow cap (departures ≤ cap) per school.</summary>
    private static void PostSchools(Lp lp, County county, FloorKeys keys, Dictionary<SchoolId, List<Variable>> departures,
        Dictionary<SchoolId, int> mayLeave)
    {
        var arriving = keys.ArrivalsBySchool();
        foreach (var school in county.Schools.Keys)
        {
            // Those who leave to make room, beside those who leave to fill a shortage.
            var others = lp.MakeNumVar(0, double.PositiveInfinity, $"z[{school}]");
            List<Variable> leaving = [.. departures.GetValueOrDefault(school) ?? [], others];
            lp.Add(Sum(leaving) <= Math.Min(OutflowCap.MaxLeaving(county, school), mayLeave.GetValueOrDefault(school)));
            if (StaffQuota.MaxHeadcount(county, school) is { } max && arriving.TryGetValue(school, out var arrivals))
            {
                lp.Add(Sum(arrivals) - Sum(leaving) <= max - county.Headcount[school]);
            }
        }
    }

    internal static LinearExpr Sum(List<Variable> vars) => vars.Count == 0 ? new LinearExpr() : vars.ToArray().Sum();

    internal static void Add<TKey>(Dictionary<TKey, List<Variable>> lists, TKey key, Variable v)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }
        list.Add(v);
    }
}
