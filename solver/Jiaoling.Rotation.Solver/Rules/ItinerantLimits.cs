using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// An itinerant teacher keeps the home post and gives shares in whole tenths, in total 0.1 to itinerant_max_share, to at most itinerant_max_schools schools within itinerant_max_km and, when itinerant_same_group, of the same group (rule <c>itinerant_limits</c>).
/// </summary>
/// <remarks>
/// Constraints: per itinerant teacher, each row 1..max tenths, in total ≤ itinerant_max_share, on at most
/// itinerant_max_schools schools; the teacher counts as itinerant exactly when some row exists.
/// Both totals are bounded by the teacher's literal (max × itinerant), not by a constant: the same integer
/// plans, but the LP can no longer lend a whole share from half a teacher and move the other half. Measured
/// on the sample county's shortage level (30 s, 2 workers): gap 1.1–1.2 % → 0.02–0.08 %, the bound
/// meeting the best plan found; without itinerant teaching the level was proven optimal in 8 s.
/// </remarks>
public sealed class ItinerantLimits : IModelRule, IPlanCheck
{
    public string Id => RuleIds.ItinerantLimits;

    /// <summary>The largest total share, in tenths of a post.</summary>
    public static int MaxTenths(Policy policy) => (int)Math.Floor(policy.ItinerantMaxShare * 10m);

    /// <summary>Whether a teacher of <paramref name="home"/> may teach at <paramref name="to"/> as an itinerant.</summary>
    public static bool AllowsSchool(County county, School home, School to) =>
        county.Policy.ItinerantMaxSchools > 0
        && home.Id != to.Id
        && DistanceTable.Within(county.Distances.Km(home.Id, to.Id), county.Policy.ItinerantMaxKm)
        && (!county.Policy.ItinerantSameGroup || (!string.IsNullOrEmpty(home.GroupId) && home.GroupId == to.GroupId));

    /// <summary>Whether a teacher who gives shares to <paramref name="schools"/> schools may give one to another.</summary>
    public static bool AllowsAnotherSchool(Policy policy, int schools) => schools < policy.ItinerantMaxSchools;

    /// <summary>The share a teacher who has given <paramref name="given"/> FTE may still give, before rounding to tenths.</summary>
    public static decimal ShareLeft(Policy policy, decimal given) => policy.ItinerantMaxShare - given;

    /// <summary>The largest share in whole tenths not above <paramref name="fte"/>; 0 below a tenth.</summary>
    public static decimal WholeTenthsAtMost(decimal fte) => Math.Max(0m, Math.Floor(fte * 10m + Tolerance.Value) / 10m);

    /// <summary>The smallest share in whole tenths that covers <paramref name="fte"/>.</summary>
    public static decimal WholeTenthsCovering(decimal fte) => Math.Ceiling(fte * 10m - Tolerance.Value) / 10m;

    void IModelRule.Post(RotationModel m)
    {
        var max = MaxTenths(m.Policy);
        foreach (var rows in m.Itinerants.GroupBy(o => (o.Pool.Index, o.Slot)))
        {
            var teacher = m.ItinerantTeachers[rows.Key];
            foreach (var o in rows)
            {
                m.Cp.Add(o.Tenths >= 1).OnlyEnforceIf(o.Used);
                m.Cp.Add(o.Tenths == 0).OnlyEnforceIf(o.Used.Not());
                m.Cp.AddImplication(o.Used, teacher);
            }
            m.Cp.Add(LinearExpr.Sum(rows.Select(o => o.Tenths)) <= max * teacher);
            m.Cp.Add(LinearExpr.Sum(rows.Select(o => o.Used)) <= m.Policy.ItinerantMaxSchools * teacher);
            m.Cp.AddBoolOr(rows.Select(o => (ILiteral)o.Used).Append(teacher.Not()));
        }
        // Slots of one pool are interchangeable: fill them in order.
        foreach (var slots in m.ItinerantTeachers.GroupBy(kv => kv.Key.Pool))
        {
            var ordered = slots.OrderBy(kv => kv.Key.Slot).Select(kv => kv.Value).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                m.Cp.AddImplication(ordered[i], ordered[i - 1]);
            }
        }
    }

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var p = ctx.Policy;
        foreach (var rows in ctx.Rows.Where(a => a.Kind == AssignmentKind.Itinerant).GroupBy(a => a.TeacherId))
        {
            var t = ctx.County.Teachers[rows.Key];
            var who = $"走教教师 {t.Id}（{t.Name}）";
            var total = rows.Sum(a => a.Share);
            if (total < 0.1m - Tolerance.Value || total > p.ItinerantMaxShare + Tolerance.Value)
            {
                yield return new Violation(Id, $"{who}走教份额合计 {Fmt.Fte(total)}，应在 0.1 至 {Fmt.Fte(p.ItinerantMaxShare)} 之间。");
            }
            var schools = rows.Select(a => a.To).Distinct().Count();
            if (schools > p.ItinerantMaxSchools)
            {
                yield return new Violation(Id, $"{who}到 {schools} 所学校走教，至多 {p.ItinerantMaxSchools} 所。");
            }
            var home = ctx.County.Schools[t.SchoolId];
            foreach (var row in rows)
            {
                var km = ctx.Km(home.Id, row.To);
                if (!DistanceTable.Within(km, p.ItinerantMaxKm))
                {
                    yield return new Violation(Id,
                        $"{who}从学校 {home.Id} 到学校 {row.To} 相距 {Fmt.Km(km)} 公里，超过走教上限 {Fmt.Km(p.ItinerantMaxKm)} 公里。");
                }
                var group = ctx.County.Schools[row.To].GroupId;
                if (p.ItinerantSameGroup && (string.IsNullOrEmpty(home.GroupId) || home.GroupId != group))
                {
                    yield return new Violation(Id,
                        $"{who}的学校 {home.Id}（教研联盟 {home.GroupId ?? "无"}）与学校 {row.To}（教研联盟 {group ?? "无"}）不在同一教研联盟。");
                }
            }
        }
    }
}
