using System.Globalization;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>HR's page of ranked alternatives for one row of a run, with each one's effect on every objective level.</summary>
public static class AlternativesEndpoints
{
    private const int Shown = 10;

    public static void Map(RouteGroupBuilder hr) => hr.MapGet("/runs/{runId:long}/alternatives/{teacherId}", AlternativesAsync);

    private static async Task<IResult> AlternativesAsync(long runId, string teacherId, HttpContext context, RunReader runs, RunCache cache,
        CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await runs.GetAsync(user.County, runId, ct) is not { } run)
        {
            return PortalPage.Refusal("未找到", "没有这次运行。", 404);
        }
        var plan = await cache.PlanAsync(runId);
        if (plan.Assignments.FirstOrDefault(a => a.TeacherId.Value == teacherId && a.Kind != AssignmentKind.Principal) is not { } row)
        {
            return PortalPage.Refusal("未找到", "这次运行中没有该教师的调动或走教安排（校长交流不提供替代人选）。", 404);
        }
        var county = await cache.CountyAsync(run.VersionId);
        var dataset = county.Dataset;
        var (current, ranked) = Alternatives.Rank(county, plan, row, Shown);
        var rows = ranked.Select(a => Row(dataset, a, current, "")).Prepend(Row(dataset, current, current, "（现方案）")).ToList();
        return new PortalPage(PortalPage.Alternatives, "其他人选", new { Row = RowText.Describe(dataset, row), Alternatives = rows });
    }

    private static object Row(Dataset dataset, Alternative a, Alternative current, string label) => new
    {
        Teacher = $"{a.Teacher.Name}（{a.Teacher.Id.Value}）",
        Label = label,
        School = RowText.School(dataset, a.Teacher.SchoolId),
        Violations = a.Violations == 0 ? "无" : $"{a.Violations} 条，如 {a.FirstViolation}",
        Shortage = $"{Number(a.ShortageFte, "0.0")}（{Delta((double)(a.ShortageFte - current.ShortageFte), "0.0")}）",
        Cv = $"{Number(a.CvSum, "0.000")}（{Delta(a.CvSum - current.CvSum, "0.000")}）",
        Km = $"{Number(a.Km, "0.0")}（{Delta(a.Km - current.Km, "0.0")}）",
    };

    private static string Number(IFormattable value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Delta(double value, string format) => (value > 0 ? "+" : "") + Number(value, format);
}
