using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// A principal's "全部同意": one step approves every row of the own school that the school has not answered
/// yet, among the rows the page showed (the form lists them, with the run they belong to). A row the school
/// has objected to keeps its objection; a row of another school, or of a newer run, is never approved.
/// </summary>
public static class ApproveAllEndpoint
{
    public const string Reason = "全部同意（一次同意本校全部未复核的安排）";

    public static void Map(RouteGroupBuilder school) =>
        school.MapPost("/approve-all", ApproveAllAsync).AddEndpointFilter<AntiforgeryFilter>();

    private static async Task<IResult> ApproveAllAsync(HttpContext context, ReviewStore reviews, RunCache cache, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var form = await context.Request.ReadFormAsync(ct);
        if (await reviews.CurrentRunAsync(user.County, ct) is not { } run)
        {
            return PortalPage.Refusal("未找到", "尚无可复核的方案。", 404);
        }
        if (!long.TryParse(form["run"], out var shown) || shown != run.RunId)
        {
            return PortalPage.Refusal("方案已更新", "您看到的方案已被新方案取代，没有同意任何安排。请返回查看新方案后再复核。", 409, "/school", "返回");
        }
        if (form["confirm"] != "yes")
        {
            return PortalPage.Refusal("未确认", "请先勾选“我已逐条看过以上安排”，再点“全部同意”。", 400, "/school", "返回");
        }
        var scope = await cache.ScopeAsync(run.VersionId, user.SchoolId!);
        var mine = (await cache.PlanAsync(run.RunId)).Assignments
            .Where(a => scope.Contains(a.From.Value) || scope.Contains(a.To.Value)).Select(a => a.TeacherId.Value).ToHashSet();
        var asked = form["rows"].OfType<string>().Where(mine.Contains).Distinct().ToList();
        var current = (await reviews.CurrentAsync(user.County, run.RunId, user.SchoolId, ct)).ToDictionary(r => r.TeacherId);
        bool Objected(string id) => current.GetValueOrDefault(id)?.Verdict == "object";
        var approved = await reviews.ApproveUnansweredAsync(user.County, run.RunId, user.SchoolId!,
            asked.Where(id => !current.ContainsKey(id)).ToList(), Reason, user.Login, ct);
        var objections = mine.Count(Objected);
        var untouched = asked.Count - approved.Count - asked.Count(Objected);
        var message = $"已同意 {approved.Count} 条安排。"
            + (objections > 0 ? $"本校已提出异议的 {objections} 条没有改动，仍按异议处理。" : "")
            + (untouched > 0 ? $"另有 {untouched} 条此前已复核，没有改动。" : "");
        return PortalPage.Done("全部同意", message, "/school", "返回本校复核");
    }
}
