using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Checks every request passes before any endpoint: a state-changing request sent by a page of another site
/// (its <c>Origin</c>, else its <c>Referer</c>, names another origin) is refused 403, which stops drive-by
/// posts from any browser, also to the machine interface; a NUL character in the path, the query or a form
/// field is refused 400 before it reaches the database, which cannot store it.
/// </summary>
public static class RequestGuards
{
    public static async Task<int?> RefusalAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && CrossSite(request))
        {
            return StatusCodes.Status403Forbidden;
        }
        var values = request.Query.SelectMany(q => q.Value).Append(request.Path.Value);
        if (request.HasFormContentType)
        {
            try
            {
                values = values.Concat((await request.ReadFormAsync(context.RequestAborted)).SelectMany(f => f.Value));
            }
            catch (InvalidDataException)
            {
                // ASP.NET Core refuses to decode a NUL (or an oversized form) and would otherwise answer 500.
                return StatusCodes.Status400BadRequest;
            }
        }
        return values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true) ? StatusCodes.Status400BadRequest : null;
    }

    /// <summary>
    /// Whether the browser says another site sent the request. Programs send neither header and pass (the
    /// interface still wants their key); a page of this site sends its own origin.
    /// </summary>
    private static bool CrossSite(HttpRequest request)
    {
        var source = request.Headers.Origin.ToString() is { Length: > 0 } origin ? origin : request.Headers.Referer.ToString();
        if (source.Length == 0)
        {
            return false;
        }
        return !Uri.TryCreate(source, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
