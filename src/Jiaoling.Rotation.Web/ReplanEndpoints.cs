using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;
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
            return PortalPage.Refusal("未找到", "尚无可重新规划的方案。", 404);
        }
        var job = await replanner.ReplanAsync(user, run, ct);
        return Results.Redirect($"/hr/jobs/{job.Id}?from={run.RunId}");
    }

    private static async Task<IResult> JobAsync(long id, long from, HttpContext context, JobQueue jobs, RunReader runs, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await jobs.GetAsync(user.County, id, ct) is not { } job)
        {
            return PortalPage.Refusal("未找到", "没有这个规划任务。", 404);
        }
        if (job.Status == "finished" && job.RunId is { } runId && job.ExitCode == 0)
        {
            return Results.Redirect($"/hr/diff/{from}/{runId}");
        }
        var waiting = job.Status is "queued" or "running";
        var message = waiting ? null : job.Error ?? (job.RunId is { } r ? (await runs.GetAsync(user.County, r, ct))?.Message : null);
        return new PortalPage(PortalPage.Job, "重新规划", new
        {
            job.Id,
            Waiting = waiting,
            Doing = job.Status == "queued" ? "排队" : "求解",
            job.Status,
            job.ExitCode,
            Message = message,
        }, Refresh: waiting ? 2 : 0);
    }

    private static async Task<IResult> DiffAsync(long from, long to, HttpContext context, RunReader runs, RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await runs.GetAsync(user.County, from, ct) is null || await runs.GetAsync(user.County, to, ct) is not { } newRun)
        {
            return PortalPage.Refusal("未找到", "没有这次运行。", 404);
        }
        var dataset = await cache.DatasetAsync(newRun.VersionId);
        var diff = PlanDiff.Of(await cache.PlanAsync(from), await cache.PlanAsync(to));
        var decisions = dataset.Decisions.ToLookup(d => d.Teacher);
        string Why(Assignment a) => decisions[a.TeacherId].Any()
            ? "decisions：" + string.Join("；", decisions[a.TeacherId].Select(d => $"{Codes.Decision.Label(d.Kind)} {d.School?.Value}"))
            : a.Reason;
        string Describe(IEnumerable<Assignment> rows) => string.Join("；", rows.Select(a => RowText.Describe(dataset, a)));
        return new PortalPage(PortalPage.Diff, "重新规划的差异", new
        {
            From = from,
            To = to,
            Added = diff.Added.Count,
            Removed = diff.Removed.Count,
            Changed = diff.Changed.Count,
            diff.Kept,
            Tables = new[]
            {
                Table("新增", "added-rows", diff.Added.Select(a => (RowText.Describe(dataset, a), a.Reason))),
                Table("删除", "removed-rows", diff.Removed.Select(a => (RowText.Describe(dataset, a),
                    decisions[a.TeacherId].Any() ? Why(a) : $"重新求解后不再安排（原理由：{a.Reason}）"))),
                Table("变更", "changed-rows", diff.Changed.Select(c => (Describe(c.Before) + " ⇒ " + Describe(c.After),
                    string.Join("；", c.After.Select(Why))))),
            },
        });
    }

    private static object Table(string title, string id, IEnumerable<(string Row, string Why)> rows) =>
        new { Title = title, Id = id, Rows = rows.Select(r => new { r.Row, r.Why }).ToList() };
}
