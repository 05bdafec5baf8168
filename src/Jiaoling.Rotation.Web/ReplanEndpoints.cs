using System.Text;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>Re-planning from the review: start the job, follow it, and show the difference to the previous plan.</summary>
public static class ReplanEndpoints
{
    public static void Map(RouteGroupBuilder hr)
    {
        hr.MapPost("/replan", ReplanAsync).AddEndpointFilter<AntiforgeryFilter>();
        hr.MapGet("/jobs/{id:long}", JobAsync);
        hr.MapGet("/diff/{from:long}/{to:long}", DiffAsync);
    }

    private static async Task<IResult> ReplanAsync(HttpContext context, ReviewStore reviews, Replanner replanner, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run)
        {
            return Page.Message("未找到", "尚无可重新规划的方案。", 404);
        }
        var job = await replanner.ReplanAsync(user, run, ct);
        return Results.Redirect($"/hr/jobs/{job.Id}?from={run.RunId}");
    }

    private static async Task<IResult> JobAsync(long id, long from, HttpContext context, IAntiforgery antiforgery, JobQueue jobs,
        RunReader runs, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await jobs.GetAsync(user.County, id, ct) is not { } job)
        {
            return Page.Message("未找到", "没有这个规划任务。", 404);
        }
        if (job.Status == "finished" && job.RunId is { } runId && job.ExitCode == 0)
        {
            return Results.Redirect($"/hr/diff/{from}/{runId}");
        }
        var body = job.Status is "queued" or "running"
            ? $"<meta http-equiv=\"refresh\" content=\"2\"><p id=\"job-status\">规划任务 {job.Id} 正在{(job.Status == "queued" ? "排队" : "求解")}，页面会自动刷新。</p>"
            : $"<p class=\"error\" id=\"job-status\">规划任务 {job.Id} 没有得到可用方案（状态 {Page.E(job.Status)}，退出码 {job.ExitCode}）：{Page.E(job.Error ?? (job.RunId is { } r ? (await runs.GetAsync(user.County, r, ct))?.Message : null))}</p>"
              + "<p><a href=\"/hr\">返回工作台</a></p>";
        return user.Page(context, antiforgery, "重新规划", body);
    }

    private static async Task<IResult> DiffAsync(long from, long to, HttpContext context, IAntiforgery antiforgery, RunReader runs,
        RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await runs.GetAsync(user.County, from, ct) is null || await runs.GetAsync(user.County, to, ct) is not { } newRun)
        {
            return Page.Message("未找到", "没有这次运行。", 404);
        }
        var dataset = await cache.DatasetAsync(newRun.VersionId);
        var diff = PlanDiff.Of(await cache.PlanAsync(from), await cache.PlanAsync(to));
        var decisions = dataset.Decisions.ToLookup(d => d.Teacher);
        string Why(Assignment a) => decisions[a.TeacherId].Any()
            ? "decisions：" + string.Join("；", decisions[a.TeacherId].Select(d => $"{Codes.Decision.Label(d.Kind)} {d.School?.Value}"))
            : a.Reason;
        var body = new StringBuilder($"<p>方案 {from} → 方案 {to}：新增 <span id=\"added\">{diff.Added.Count}</span> 行，")
            .Append($"删除 <span id=\"removed\">{diff.Removed.Count}</span> 行，变更 <span id=\"changed\">{diff.Changed.Count}</span> 人，")
            .Append($"保持 <span id=\"kept\">{diff.Kept}</span> 行。<a href=\"/hr\">返回工作台</a></p>");
        Table(body, "新增", "added-rows", diff.Added.Select(a => (RowText.Describe(dataset, a), a.Reason)));
        Table(body, "删除", "removed-rows", diff.Removed.Select(a => (RowText.Describe(dataset, a),
            decisions[a.TeacherId].Any() ? Why(a) : $"重新求解后不再安排（原理由：{a.Reason}）")));
        Table(body, "变更", "changed-rows", diff.Changed.Select(c => (
            string.Join("；", c.Before.Select(a => RowText.Describe(dataset, a))) + " ⇒ " + string.Join("；", c.After.Select(a => RowText.Describe(dataset, a))),
            string.Join("；", c.After.Select(Why)))));
        return user.Page(context, antiforgery, "重新规划的差异", body.ToString());
    }

    private static void Table(StringBuilder body, string title, string id, IEnumerable<(string Row, string Why)> rows)
    {
        body.Append($"<h2>{Page.E(title)}</h2><table id=\"{id}\"><tr><th>安排</th><th>规则或理由</th></tr>");
        foreach (var (row, why) in rows)
        {
            body.Append($"<tr><td>{Page.E(row)}</td><td>{Page.E(why)}</td></tr>");
        }
        body.Append("</table>");
    }
}
