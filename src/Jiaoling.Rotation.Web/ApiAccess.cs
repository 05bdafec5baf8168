using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Jiaoling.Rotation.Planning;
using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Who may use the planning service's machine interface under <c>/api</c>, and for which county: HR staff
/// signed in to the portal act for their county; a program presenting an API key
/// (<c>Authorization: Bearer KEY</c>, <see cref="ApiOptions.Keys"/>) for the key's county; a program on the same
/// machine without key only where <see cref="ApiOptions.TrustLoopback"/> allows it, for the host's county. A
/// signed-in principal gets 403 — the API names every school — and anyone else 401. The county is left on the
/// request's user (<see cref="ApiCaller"/>) for the endpoints to keep to.
/// </summary>
public static class ApiAccess
{
    /// <summary>The status to refuse the request with, or null when it may go on.</summary>
    public static int? Refusal(HttpContext context, ApiOptions api, string hostCounty)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return null;
        }
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return Portal.Of(context.User).IsHr ? null : StatusCodes.Status403Forbidden;
        }
        var county = KeyCounty(context.Request.Headers.Authorization.ToString(), api)
            ?? (api.TrustLoopback && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address) ? hostCounty : null);
        if (county is null)
        {
            return StatusCodes.Status401Unauthorized;
        }
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ApiCaller.CountyClaim, county)], "api-key"));
        return null;
    }

    /// <summary>The county whose key the header presents, compared in constant time; null for none or a wrong one.</summary>
    private static string? KeyCounty(string authorization, ApiOptions api)
    {
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        string? county = null;
        foreach (var (name, key) in api.Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(key))))
            {
                county = name;
            }
        }
        return county;
    }
}
