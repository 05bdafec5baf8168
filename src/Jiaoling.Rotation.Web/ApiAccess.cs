using System.Net;
using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Who may use the planning service's machine interface under <c>/api</c>: HR staff signed in to the
/// portal, or a program on the same host (a request from a loopback address without a session, like the
/// README's curl lines). A signed-in principal gets 403 — the API names every school — and anyone else
/// 401. Behind a reverse proxy on the same host every request looks local, so such a proxy must not
/// forward <c>/api</c> (docs/review.md).
/// </summary>
public static class ApiAccess
{
    /// <summary>The status to refuse the request with, or null when it may go on.</summary>
    public static int? Refusal(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return null;
        }
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return Portal.Of(context.User).IsHr ? null : StatusCodes.Status403Forbidden;
        }
        return context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
            ? null
            : StatusCodes.Status401Unauthorized;
    }
}
