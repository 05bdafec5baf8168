using System.Security.Claims;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// The county a caller of the machine interface acts for, as the portal's authentication leaves it on the
/// request's user (an HR session, or an API key of one county): the interface reads it here, so it keeps
/// to that county without knowing how the caller signed in.
/// </summary>
public static class ApiCaller
{
    public const string CountyClaim = "county";

    public static string? County(ClaimsPrincipal user) => user.FindFirst(CountyClaim)?.Value;
}
