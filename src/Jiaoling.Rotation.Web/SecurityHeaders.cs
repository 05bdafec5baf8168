using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// The headers every answer carries: a content security policy that runs no script at all and lets no
/// other site frame a page, no MIME sniffing, no referrer to other sites, and HSTS over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The portal's own pages: their stylesheet, their forms, nothing else.</summary>
    public const string PagePolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>
    /// A generated document shown in the browser (a school page): its inline styles and drawings, sandboxed,
    /// with no scripts and no forms.
    /// </summary>
    public const string DocumentPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

    public static void Add(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }
    }
}
