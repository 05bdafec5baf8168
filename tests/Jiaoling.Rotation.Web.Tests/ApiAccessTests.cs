using System.Net;
using System.Security.Claims;
using Jiaoling.Rotation.Web;
using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.App.Tests.Review;

public sealed class ApiAccessTests
{
    private static HttpContext Request(string path, string address, Portal? user = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (user is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity(user.Claims(), "cookie"));
        }
        return context;
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void Program_on_the_same_host_may_use_the_api_without_a_session(string address) =>
        Assert.Null(ApiAccess.Refusal(Request("/api/runs/1", address)));

    [Fact]
    public void Anonymous_request_from_another_host_is_refused_401() =>
        Assert.Equal(401, ApiAccess.Refusal(Request("/api/runs/1/files/plan.csv", "10.1.2.3")));

    [Fact]
    public void Principal_is_refused_403_even_from_the_same_host() =>
        Assert.Equal(403, ApiAccess.Refusal(Request("/api/jobs/1", "127.0.0.1", new Portal("jiaoling", "p-S001", "校长", "principal", "S001"))));

    [Fact]
    public void Hr_may_use_the_api_from_anywhere() =>
        Assert.Null(ApiAccess.Refusal(Request("/api/jobs/1", "10.1.2.3", new Portal("jiaoling", "hr", "人事股", "hr", null))));

    [Fact]
    public void Pages_outside_the_api_are_left_to_their_own_checks() =>
        Assert.Null(ApiAccess.Refusal(Request("/login", "10.1.2.3")));
}
