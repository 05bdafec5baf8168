using System.Security.Claims;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.Web;

/// <summary>The signed-in user as the claims of the authentication cookie carry it.</summary>
public sealed record Portal(string County, string Login, string DisplayName, string Role, string? SchoolId)
{
    public const string CountyClaim = ApiCaller.CountyClaim;
    public const string SchoolClaim = "school";

    public bool IsHr => Role is "hr" or "admin";

    public static Portal Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(CountyClaim) ?? "",
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.FindFirstValue(ClaimTypes.Role) ?? "",
        user.FindFirstValue(SchoolClaim));

    public IEnumerable<Claim> Claims()
    {
        yield return new Claim(CountyClaim, County);
        yield return new Claim(ClaimTypes.NameIdentifier, Login);
        yield return new Claim(ClaimTypes.Name, DisplayName);
        yield return new Claim(ClaimTypes.Role, Role);
        if (SchoolId is not null)
        {
            yield return new Claim(SchoolClaim, SchoolId);
        }
    }
}
