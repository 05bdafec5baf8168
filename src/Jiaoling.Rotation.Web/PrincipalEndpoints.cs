using System.Text;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// A principal's pages: the rows of the current run that touch the own school (and its teaching points),
/// a verdict form on each, and what became of earlier objections. The school always comes from the
/// session, never from the address: a request naming another school answers 404.
/// </summary>
public static class PrincipalEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var school = app.MapGroup("/school").RequireAuthorization(p => p.RequireRole("principal").RequireClaim(Portal.SchoolClaim));
        school.MapGet("", SchoolAsync);
        school.MapGet("/page/{schoolId}", SchoolPageAsync);
        school.MapPost("/rows/{teacherId}", SubmitAsync).AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<IResult> SchoolAsync(HttpContext context, IAntiforgery antiforgery, ReviewStore reviews,
        RulingStore rulings, RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run)
        {
            return user.Page(context, antiforgery, "本校复核", "<p>尚无可复核的方案。</p>");
        }
        var dataset = await cache.DatasetAsync(run.VersionId);
        var scope = await cache.ScopeAsync(run.VersionId, user.SchoolId!);
        var rows = (await cache.PlanAsync(run.RunId)).Assignments
            .Where(a => scope.Contains(a.From.Value) || scope.Contains(a.To.Value)).ToList();
        var current = (await reviews.CurrentAsync(user.County, run.RunId, user.SchoolId, ct)).ToDictionary(r => r.TeacherId);
        var token = Page.Token(context, antiforgery);
        var body = new StringBuilder();
        body.Append($"<p>{Page.E(await cache.SchoolNameAsync(run.VersionId, user.SchoolId!))}，方案编号 {run.RunId}。")
            .Append("请逐行“同意”或“提出异议”，并写明理由。</p><p>本校指标（调整前后）：");
        foreach (var id in scope.Order())
        {
            body.Append($" <a href=\"/school/page/{Page.E(id)}\">{Page.E(await cache.SchoolNameAsync(run.VersionId, id))}</a>");
        }
        body.Append("</p>");
        foreach (var publication in await rulings.PublicationsAsync(user.County, run.RunId, ct))
        {
            body.Append($"<p class=\"note\">{(publication.Stage == "final" ? "已发布最终方案" : $"公示中，复核截止日期 {publication.Deadline:yyyy-MM-dd}")}</p>");
        }
        Section(body, "调出本校", rows.Where(a => a.Kind != AssignmentKind.Itinerant && scope.Contains(a.From.Value)), dataset, current, token);
        Section(body, "调入本校", rows.Where(a => a.Kind != AssignmentKind.Itinerant && scope.Contains(a.To.Value)), dataset, current, token);
        Section(body, "本校教师走教（出）", rows.Where(a => a.Kind == AssignmentKind.Itinerant && scope.Contains(a.From.Value)), dataset, current, token);
        Section(body, "到本校走教（入）", rows.Where(a => a.Kind == AssignmentKind.Itinerant && scope.Contains(a.To.Value)), dataset, current, token);
        await ObjectionHistory.AppendAsync(body, user, reviews, rulings, ct);
        return user.Page(context, antiforgery, "本校复核", body.ToString());
    }

    private static void Section(StringBuilder body, string title, IEnumerable<Assignment> rows, Dataset dataset,
        IReadOnlyDictionary<string, RowReview> current, string token)
    {
        var list = rows.ToList();
        body.Append($"<h2>{Page.E(title)}（{list.Count}）</h2>");
        if (list.Count == 0)
        {
            return;
        }
        body.Append("<table><tr><th>安排</th><th>理由</th><th>复核</th></tr>");
        foreach (var a in list)
        {
            var review = current.GetValueOrDefault(a.TeacherId.Value);
            var state = review is null ? "未复核" : $"已{RowText.Verdict(review.Verdict)}（第 {review.Version} 次）：{review.Reason}";
            body.Append($"<tr data-teacher=\"{Page.E(a.TeacherId.Value)}\"><td>{Page.E(RowText.Describe(dataset, a))}</td><td>{Page.E(a.Reason)}</td><td>")
                .Append($"<p class=\"note\">{Page.E(state)}</p>")
                .Append($"<form method=\"post\" action=\"/school/rows/{Uri.EscapeDataString(a.TeacherId.Value)}\">{token}")
                .Append($"<input type=\"hidden\" name=\"version\" value=\"{review?.Version ?? 0}\">")
                .Append("<label><input type=\"radio\" name=\"verdict\" value=\"approve\" checked> 同意</label> ")
                .Append("<label><input type=\"radio\" name=\"verdict\" value=\"object\"> 异议</label>")
                .Append("<textarea name=\"reason\" required maxlength=\"2000\" placeholder=\"理由（必填）\"></textarea>")
                .Append("<button type=\"submit\">提交</button></form></td></tr>");
        }
        body.Append("</table>");
    }

    private static async Task<IResult> SchoolPageAsync(string schoolId, HttpContext context, ReviewStore reviews, RunReader runs,
        RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run
            || !(await cache.ScopeAsync(run.VersionId, user.SchoolId!)).Contains(schoolId)
            || await runs.FileAsync(run.RunId, $"schools/{schoolId}.html", ct) is not { } html)
        {
            return Page.Message("未找到", "没有这所学校的页面，或您无权查看。", 404);
        }
        return Results.File(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> SubmitAsync(string teacherId, HttpContext context, IAntiforgery antiforgery,
        ReviewStore reviews, RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var form = await context.Request.ReadFormAsync(ct);
        var verdict = form["verdict"].ToString();
        var reason = form["reason"].ToString().Trim();
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run)
        {
            return Page.Message("未找到", "尚无可复核的方案。", 404);
        }
        var scope = await cache.ScopeAsync(run.VersionId, user.SchoolId!);
        var touches = (await cache.PlanAsync(run.RunId)).Assignments
            .Any(a => a.TeacherId.Value == teacherId && (scope.Contains(a.From.Value) || scope.Contains(a.To.Value)));
        if (!touches)
        {
            return Page.Message("未找到", "本校的方案中没有这条安排。", 404);
        }
        if (verdict is not ("approve" or "object") || reason.Length is 0 or > 2000 || !int.TryParse(form["version"], out var version) || version < 0)
        {
            return user.Page(context, antiforgery, "提交有误", "<p class=\"error\">请选择“同意”或“异议”，并填写理由（不超过 2000 字）。</p><p><a href=\"/school\">返回</a></p>", 400);
        }
        if (await reviews.SubmitAsync(user.County, run.RunId, teacherId, user.SchoolId!, version, verdict, reason, user.Login, ct) is null)
        {
            return user.Page(context, antiforgery, "提交冲突",
                "<p class=\"error\">这条安排的复核意见刚被其他人更新，您的提交没有保存。请返回查看最新意见后再提交。</p><p><a href=\"/school\">返回</a></p>", 409);
        }
        return Results.Redirect("/school");
    }
}
