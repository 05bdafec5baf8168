using System.Globalization;
using System.Text;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Register;
using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.Antiforgery;
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
        RegisterEndpoints.Map(hr);
    }

    private static async Task<IResult> DashboardAsync(HttpContext context, IAntiforgery antiforgery, ReviewStore reviews,
        RulingStore rulings, RunReader runs, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run)
        {
            return user.Page(context, antiforgery, "人事股工作台", "<p>尚无成功的规划运行。<a href=\"/hr/accounts\">账号管理</a></p>");
        }
        var token = Page.Token(context, antiforgery);
        var body = new StringBuilder();
        body.Append($"<p>当前方案：编号 {run.RunId}（数据集 {Page.E(run.DatasetName)}，完成于 {run.FinishedAt:yyyy-MM-dd HH:mm}）。</p><p>")
            .Append($"<a href=\"/hr/runs/{run.RunId}/files/report.html\">县级报告</a> ")
            .Append($"<a href=\"/hr/runs/{run.RunId}/files/public-list.html\">公示名单</a> ")
            .Append($"<a href=\"/hr/runs/{run.RunId}/files/plan.xlsx\">plan.xlsx</a> ")
            .Append($"<a href=\"/hr/runs/{run.RunId}/files/plan.csv\">plan.csv</a> <a href=\"/hr/audit\">审计日志</a> <a href=\"/hr/accounts\">账号管理</a> <a href=\"/hr/register\">交流轮岗登记册</a></p>");
        Dashboard.Figures(body, await runs.MetricsAsync(run.RunId, ct));
        Dashboard.Files(body, run.RunId, await runs.FilesAsync(run.RunId, ct));
        Dashboard.Objections(body, await reviews.ObjectionsAsync(user.County, null, ct),
            await rulings.AllAsync(user.County, run.DatasetName, ct), run.RunId, token);
        body.Append($"<h2>重新规划</h2><p>人事股的决定和各方都同意的调动作为必须满足的约束；其余安排（含走教）尽量保持不变，只在规则、决定或补缺与均衡目标要求时才改动，改动之处会逐条列出。</p>")
            .Append($"<form method=\"post\" action=\"/hr/replan\">{token}<button type=\"submit\">按复核结果重新规划</button></form>");
        body.Append("<h2>发布</h2>");
        foreach (var p in await rulings.PublicationsAsync(user.County, run.RunId, ct))
        {
            body.Append($"<p class=\"note\">{Page.E(p.Stage == "final" ? "已发布最终方案" : $"已公示，复核截止 {p.Deadline:yyyy-MM-dd}")}（{Page.E(p.Login)}，{p.At:yyyy-MM-dd HH:mm}）</p>");
        }
        body.Append($"<form method=\"post\" action=\"/hr/publish\">{token}<input type=\"hidden\" name=\"stage\" value=\"provisional\">")
            .Append("<label>复核截止日期 <input type=\"date\" name=\"deadline\" required></label> <button type=\"submit\">发布公示名单</button></form>")
            .Append($"<form method=\"post\" action=\"/hr/publish\">{token}<input type=\"hidden\" name=\"stage\" value=\"final\">")
            .Append("<button type=\"submit\">发布最终方案</button></form>");
        return user.Page(context, antiforgery, "人事股工作台", body.ToString());
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
            return Page.Message("未找到", "当前方案中没有这条异议。", 404);
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
            return Page.Message("提交有误", "请选择决定；“必须安排”需要填写学校代码。", 400);
        }
        await rulings.AddAsync(user.County, run.DatasetName, run.RunId, objection.TeacherId, decision, target, user.Login,
            note.Length == 0 ? null : note, objection.Id, ct);
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
            return Page.Message("未找到", "尚无可发布的方案。", 404);
        }
        if (stage == "provisional" && deadline is { } day)
        {
            await rulings.PublishProvisionalAsync(user.County, run.DatasetName, run.RunId, day, user.Login, ct);
            return Results.Redirect("/hr");
        }
        if (stage != "final")
        {
            return Page.Message("提交有误", "公示需要填写复核截止日期。", 400);
        }
        try
        {
            // The same path as the publish verb: the final plan and its register entries in one transaction.
            await register.PublishFinalAsync(user.County, run.RunId, user.Login, ct);
        }
        catch (RegisterRefusalException refusal)
        {
            return Page.Message("未发布", refusal.Message, 409);
        }
        return Results.Redirect("/hr");
    }

    private static async Task<IResult> FileAsync(long id, string name, HttpContext context, RunReader runs, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await runs.GetAsync(user.County, id, ct) is null || await runs.FileAsync(id, name, ct) is not { } content)
        {
            return Page.Message("未找到", "没有这个文件。", 404);
        }
        var type = new FileExtensionContentTypeProvider().TryGetContentType(name, out var t) ? t : "application/octet-stream";
        return Results.File(content, type, name.EndsWith(".html", StringComparison.Ordinal) ? null : Path.GetFileName(name));
    }
}
