using System.Globalization;
using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>HR's view of the county's audit log: the latest entries, newest first.</summary>
public static class AuditEndpoints
{
    private const int Shown = 500;

    public static void Map(RouteGroupBuilder hr) => hr.MapGet("/audit", async (HttpContext context, AuditReader audit, CancellationToken ct) =>
    {
        var entries = (await audit.RecentAsync(Portal.Of(context.User).County, Shown, ct)).Select(e => new
        {
            At = e.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "Z",
            e.Actor,
            e.Action,
            e.Subject,
            e.Details,
        }).ToList();
        return new PortalPage(PortalPage.Audit, "审计日志", new { Shown, Entries = entries });
    });
}
