using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// A principal's pages: the rows of the current run that touch the own school (and its teaching points),
/// a verdict form on each, "全部同意" for the rows not answered yet (<see cref="ApproveAllEndpoint"/>), and
/// what became of earlier objections. The school always comes from the
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
        ApproveAllEndpoint.Map(school);
    }

    private static async Task<IResult> SchoolAsync(HttpContext context, ReviewStore reviews, RulingStore rulings, RunCache cache,
        CancellationToken ct)
    {
        const string title = "本校复核";
        var user = Portal.Of(context.User);
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run)
        {
            return new PortalPage(PortalPage.Principal, title, new { RunId = (long?)null });
        }
        var dataset = await cache.DatasetAsync(run.VersionId);
        var scope = await cache.ScopeAsync(run.VersionId, user.SchoolId!);
        var rows = (await cache.PlanAsync(run.RunId)).Assignments
            .Where(a => scope.Contains(a.From.Value) || scope.Contains(a.To.Value)).ToList();
        var current = (await reviews.CurrentAsync(user.County, run.RunId, user.SchoolId, ct)).ToDictionary(r => r.TeacherId);
        object Section(string heading, Func<Assignment, bool> which) => new
        {
            Title = heading,
            Rows = rows.Where(which).Select(a => Row(dataset, a, current.GetValueOrDefault(a.TeacherId.Value))).ToList(),
        };
        var pages = new List<object>();
        foreach (var id in scope.Order())
        {
            pages.Add(new { Id = id, Name = await cache.SchoolNameAsync(run.VersionId, id) });
        }
        return new PortalPage(PortalPage.Principal, title, new
        {
            run.RunId,
            SchoolName = await cache.SchoolNameAsync(run.VersionId, user.SchoolId!),
            Pages = pages,
            Publications = (await rulings.PublicationsAsync(user.County, run.RunId, ct))
                .Select(p => p.Stage == "final" ? "已发布最终方案" : $"公示中，复核截止日期 {p.Deadline:yyyy-MM-dd}").ToList(),
            Sections = new[]
            {
                Section("调出本校", a => a.Kind != AssignmentKind.Itinerant && scope.Contains(a.From.Value)),
                Section("调入本校", a => a.Kind != AssignmentKind.Itinerant && scope.Contains(a.To.Value)),
                Section("本校教师走教（出）", a => a.Kind == AssignmentKind.Itinerant && scope.Contains(a.From.Value)),
                Section("到本校走教（入）", a => a.Kind == AssignmentKind.Itinerant && scope.Contains(a.To.Value)),
            },
            Objections = await ObjectionHistory.OfAsync(user, reviews, rulings, ct),
            // What "全部同意" would approve: the teachers of the page the school has not answered yet.
            Unanswered = rows.Select(a => a.TeacherId.Value).Distinct().Where(id => !current.ContainsKey(id)).Order(StringComparer.Ordinal).ToList(),
            Objected = current.Values.Count(r => r.Verdict == "object"),
        });
    }

    /// <summary>A row as the principal reviews it: what it is, why, and the school's current answer with its version.</summary>
    private static object Row(Dataset dataset, Assignment a, RowReview? review) => new
    {
        TeacherId = a.TeacherId.Value,
        Row = RowText.Describe(dataset, a),
        a.Reason,
        State = review is null ? "未复核" : $"已{RowText.Verdict(review.Verdict)}（第 {review.Version} 次）：{review.Reason}",
        Version = review?.Version ?? 0,
    };

    private static async Task<IResult> SchoolPageAsync(string schoolId, HttpContext context, ReviewStore reviews, RunReader runs,
        RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run
            || !(await cache.ScopeAsync(run.VersionId, user.SchoolId!)).Contains(schoolId)
            || await runs.FileAsync(run.RunId, $"schools/{schoolId}.html", ct) is not { } html)
        {
            return PortalPage.Refusal("未找到", "没有这所学校的页面，或您无权查看。", 404);
        }
        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.DocumentPolicy;
        return Results.File(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> SubmitAsync(string teacherId, HttpContext context, ReviewStore reviews, RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var form = await context.Request.ReadFormAsync(ct);
        var verdict = form["verdict"].ToString();
        var reason = form["reason"].ToString().Trim();
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run)
        {
            return PortalPage.Refusal("未找到", "尚无可复核的方案。", 404);
        }
        var scope = await cache.ScopeAsync(run.VersionId, user.SchoolId!);
        var touches = (await cache.PlanAsync(run.RunId)).Assignments
            .Any(a => a.TeacherId.Value == teacherId && (scope.Contains(a.From.Value) || scope.Contains(a.To.Value)));
        if (!touches)
        {
            return PortalPage.Refusal("未找到", "本校的方案中没有这条安排。", 404);
        }
        if (verdict is not ("approve" or "object") || reason.Length is 0 or > 2000 || !int.TryParse(form["version"], out var version) || version < 0)
        {
            return PortalPage.Refusal("提交有误", "请选择“同意”或“异议”，并填写理由（不超过 2000 字）。", 400, "/school", "返回");
        }
        if (await reviews.SubmitAsync(user.County, run.RunId, teacherId, user.SchoolId!, version, verdict, reason, user.Login, ct) is null)
        {
            return PortalPage.Refusal("提交冲突", "这条安排的复核意见刚被其他人更新，您的提交没有保存。请返回查看最新意见后再提交。", 409, "/school", "返回");
        }
        return Results.Redirect("/school");
    }
}
