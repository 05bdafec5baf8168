using System.Text;
using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>HR's view of the county's audit log: the latest entries, newest first.</summary>
public static class AuditEndpoints
{
    private const int Shown = 500;

    public static void Map(RouteGroupBuilder hr) => hr.MapGet("/audit", async (HttpContext context, IAntiforgery antiforgery,
        AuditReader audit, CancellationToken ct) =>
    {
        var user = Portal.Of(context.User);
        var body = new StringBuilder($"<p>最近 {Shown} 条记录，新的在前。<a href=\"/hr\">返回工作台</a></p>")
            .Append("<table id=\"audit\"><tr><th>时间</th><th>账号</th><th>动作</th><th>对象</th><th>详情</th></tr>");
        foreach (var e in await audit.RecentAsync(user.County, Shown, ct))
        {
            body.Append($"<tr><td>{e.At.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z</td><td>{Page.E(e.Actor)}</td><td>{Page.E(e.Action)}</td>")
                .Append($"<td>{Page.E(e.Subject)}</td><td>{Page.E(e.Details)}</td></tr>");
        }
        body.Append("</table>");
        return user.Page(context, antiforgery, "审计日志", body.ToString());
    });
}
