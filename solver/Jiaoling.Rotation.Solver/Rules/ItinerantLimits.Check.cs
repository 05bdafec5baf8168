using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

public sealed partial class ItinerantLimits : IPlanCheck
{
    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        var p = ctx.Policy;
        foreach (var rows in ctx.Rows.Where(a => a.Kind == AssignmentKind.Itinerant).GroupBy(a => a.TeacherId))
        {
            var t = ctx.County.Teachers[rows.Key];
            var who = $"走教教师 {t.Id}（{t.Name}）";
            var total = rows.Sum(a => a.Share);
            if (total < 0.1m - PlanCheckContext.Tolerance || total > p.ItinerantMaxShare + PlanCheckContext.Tolerance)
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
