using System.Globalization;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Register;
using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace Jiaoling.Rotation.Web;

/// <summary>HR's pages: the dashboard of the current run, rulings on objections, publishing and downloads.</summary>
public static class HrEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var hr = app.MapGroup("/hr").RequireAuthorization(p => p.RequireRole("hr", "admin"));
        hr.MapGet("", DashboardAsync);
        hr.MapPost("/reviews/{id:long}/rule", RuleAsync).AddEndpointFilter<AntiforgeryFilter>();
        hr.MapPost("/publish", PublishAsync).AddEndpointFilter<AntiforgeryFilter>();
        hr.MapGet("/runs/{id:long}/files/{**name}", FileAsync);
        ReplanEndpoints.Map(hr);
        AuditEndpoints.Map(hr);
        AlternativesEndpoints.Map(hr);
        AccountEndpoints.Map(hr);
        ObjectionExport.Map(hr);
        RegisterEndpoints.Map(hr);
    }

    private static async Task<IResult> DashboardAsync(HttpContext context, ReviewStore reviews, RulingStore rulings, RunReader runs,
        CancellationToken ct)
    {
        const string title = "人事股工作台";
        var user = Portal.Of(context.User);
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run)
        {
            return new PortalPage(PortalPage.Dashboard, title, new { Run = (object?)null });
        }
        var publications = (await rulings.PublicationsAsync(user.County, run.RunId, ct)).Select(p =>
            (p.Stage == "final" ? "已发布最终方案" : $"已公示，复核截止 {p.Deadline:yyyy-MM-dd}") + $"（{p.Login}，{p.At:yyyy-MM-dd HH:mm}）");
        return new PortalPage(PortalPage.Dashboard, title, new
        {
            Run = new { Id = run.RunId, Dataset = run.DatasetName, Finished = $"{run.FinishedAt:yyyy-MM-dd HH:mm}" },
            Figures = Dashboard.Figures(await runs.MetricsAsync(run.RunId, ct)),
            Files = (await runs.FilesAsync(run.RunId, ct)).Select(f => f.Name).ToList(),
            Objections = Dashboard.Objections(await reviews.ObjectionsAsync(user.County, null, ct),
                await rulings.AllAsync(user.County, run.DatasetName, ct), run.RunId),
            Publications = publications.ToList(),
        });
    }

    private static async Task<IResult> RuleAsync(long id, HttpContext context, ReviewStore reviews, RulingStore rulings,
        RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var form = await context.Request.ReadFormAsync(ct);
        var decision = form["decision"].ToString();
        var school = form["school"].ToString().Trim();
        var note = form["note"].ToString().Trim();
        if (await reviews.GetAsync(user.County, id, ct) is not { Verdict: "object" } objection
            || await reviews.CurrentRunAsync(user.County, ct) is not { } run || run.RunId != objection.RunId)
        {
            return PortalPage.Refusal("未找到", "当前方案中没有这条异议。", 404);
        }
        // An itinerant teacher may have rows to several schools: forbid the one the objecting school receives.
        var scope = await cache.ScopeAsync(run.VersionId, objection.SchoolId);
        var row = (await cache.PlanAsync(run.RunId)).Assignments.Where(a => a.TeacherId.Value == objection.TeacherId)
            .OrderBy(a => scope.Contains(a.To.Value) ? 0 : 1).FirstOrDefault();
        string? target = decision switch
        {
            "forbid" => row?.To.Value,
            "require" when school.Length > 0 => school,
            _ => null,
        };
        if (decision is not ("forbid" or "stay" or "require") || (decision != "stay" && target is null))
        {
            return PortalPage.Refusal("提交有误", "请选择决定；“必须安排”需要填写学校代码。", 400);
        }
        if (decision == "require" && !(await cache.DatasetAsync(run.VersionId)).Schools.Any(s => s.Id.Value == target))
        {
            return PortalPage.Refusal("提交有误", $"“必须安排”的学校代码“{target}”不在本方案的数据中，请核对后重新填写。", 400, "/hr", "返回工作台");
        }
        if (await rulings.AddAsync(user.County, run.DatasetName, run.RunId, objection.TeacherId, decision, target, user.Login,
                note.Length == 0 ? null : note, objection.Id, ct) is null)
        {
            return PortalPage.Refusal("无法处理", "这条异议刚被其他人事股人员处理，或学校已撤回（改为同意）。请返回工作台查看最新情况。", 409,
                "/hr", "返回工作台");
        }
        return Results.Redirect("/hr");
    }

    private static async Task<IResult> PublishAsync(HttpContext context, ReviewStore reviews, RulingStore rulings,
        RegisterWriter register, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var form = await context.Request.ReadFormAsync(ct);
        var stage = form["stage"].ToString();
        DateOnly? deadline = DateOnly.TryParseExact(form["deadline"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var d) ? d : null;
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run)
        {
            return PortalPage.Refusal("未找到", "尚无可发布的方案。", 404);
        }
        if (stage == "provisional" && deadline is { } day)
        {
            await rulings.PublishProvisionalAsync(user.County, run.DatasetName, run.RunId, day, user.Login, ct);
            return Results.Redirect("/hr");
        }
        if (stage != "final")
        {
            return PortalPage.Refusal("提交有误", "公示需要填写复核截止日期。", 400);
        }
        try
        {
            // The same path as the publish verb: the final plan and its register entries in one transaction.
            await register.PublishFinalAsync(user.County, run.RunId, user.Login, ct);
        }
        catch (RegisterRefusalException refusal)
        {
            return PortalPage.Refusal("未发布", refusal.Message, 409, "/hr", "返回工作台");
        }
        return Results.Redirect("/hr");
    }

    private static async Task<IResult> FileAsync(long id, string name, HttpContext context, RunReader runs, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await runs.GetAsync(user.County, id, ct) is null || await runs.FileAsync(id, name, ct) is not { } content)
        {
            return PortalPage.Refusal("未找到", "没有这个文件。", 404);
        }
        // Every file is a download, HTML too: an output shown as a page of the portal could act as one.
        var type = new FileExtensionContentTypeProvider().TryGetContentType(name, out var t) ? t : "application/octet-stream";
        return Results.File(content, type, Path.GetFileName(name));
    }
}
