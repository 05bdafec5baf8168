using System.Globalization;
using System.Text;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>HR's page of ranked alternatives for one row of a run, with each one's effect on every objective level.</summary>
public static class AlternativesEndpoints
{
    private const int Shown = 10;

    public static void Map(RouteGroupBuilder hr) => hr.MapGet("/runs/{runId:long}/alternatives/{teacherId}", AlternativesAsync);

    private static async Task<IResult> AlternativesAsync(long runId, string teacherId, HttpContext context, IAntiforgery antiforgery,
        RunReader runs, RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await runs.GetAsync(user.County, runId, ct) is not { } run)
        {
            return Page.Message("未找到", "没有这次运行。", 404);
        }
        var plan = await cache.PlanAsync(runId);
        if (plan.Assignments.FirstOrDefault(a => a.TeacherId.Value == teacherId && a.Kind != AssignmentKind.Principal) is not { } row)
        {
            return Page.Message("未找到", "这次运行中没有该教师的调动或走教安排（校长交流不提供替代人选）。", 404);
        }
        var county = await cache.CountyAsync(run.VersionId);
        var dataset = county.Dataset;
        var (current, ranked) = Alternatives.Rank(county, plan, row, Shown);
        var body = new StringBuilder($"<p>{Page.E(RowText.Describe(dataset, row))}</p>")
            .Append("<p class=\"note\">把该行换成下列教师后重新检查全部规则并重新计算指标；差值相对于现方案（负数表示更好）。</p>")
            .Append("<table id=\"alternatives\"><tr><th>教师</th><th>所在学校</th><th>违反规则</th><th>紧缺学科缺口（shortage）</th><th>差异系数之和（balance）</th><th>距离 km（disruption）</th></tr>")
            .Append(Row(dataset, current, current, "（现方案）"));
        foreach (var a in ranked)
        {
            body.Append(Row(dataset, a, current, ""));
        }
        body.Append("</table><p><a href=\"/hr\">返回工作台</a></p>");
        return user.Page(context, antiforgery, "其他人选", body.ToString());
    }

    private static string Row(Dataset dataset, Alternative a, Alternative current, string label) =>
        $"<tr><td>{Page.E(a.Teacher.Name)}（{Page.E(a.Teacher.Id.Value)}）{label}</td><td>{Page.E(RowText.School(dataset, a.Teacher.SchoolId))}</td>"
        + $"<td>{(a.Violations == 0 ? "无" : Page.E($"{a.Violations} 条，如 {a.FirstViolation}"))}</td>"
        + $"<td>{a.ShortageFte.ToString("0.0", CultureInfo.InvariantCulture)}（{Delta((double)(a.ShortageFte - current.ShortageFte), "0.0")}）</td>"
        + $"<td>{a.CvSum.ToString("0.000", CultureInfo.InvariantCulture)}（{Delta(a.CvSum - current.CvSum, "0.000")}）</td>"
        + $"<td>{a.Km.ToString("0.0", CultureInfo.InvariantCulture)}（{Delta(a.Km - current.Km, "0.0")}）</td></tr>";

    private static string Delta(double value, string format) =>
        (value > 0 ? "+" : "") + value.ToString(format, CultureInfo.InvariantCulture);
}
