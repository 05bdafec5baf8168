using System.Net;
using System.Security.Claims;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Web;
using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.App.Tests.Review;

public sealed class ApiAccessTests
{
    private const string Key = "key-of-jiaoling-0123456789abcdef0123";
    private static readonly ApiOptions Options = new() { Keys = { ["jiaoling"] = Key, ["other"] = "key-of-other-0123456789abcdef012345" } };

    private static HttpContext Request(string path, string address, Portal? user = null, string? key = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (user is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity(user.Claims(), "cookie"));
        }
        if (key is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + key;
        }
        return context;
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void Program_on_the_same_host_without_a_key_is_refused_unless_loopback_is_trusted(string address)
    {
        Assert.Equal(401, ApiAccess.Refusal(Request("/api/runs/1", address), Options, "jiaoling"));
        var trusted = Request("/api/runs/1", address);
        Assert.Null(ApiAccess.Refusal(trusted, new ApiOptions { TrustLoopback = true }, "jiaoling"));
        Assert.Equal("jiaoling", ApiCaller.County(trusted.User));
    }

    [Fact]
    public void A_key_acts_for_its_county_from_anywhere()
    {
        var context = Request("/api/jobs/1", "10.1.2.3", key: "key-of-other-0123456789abcdef012345");
        Assert.Null(ApiAccess.Refusal(context, Options, "jiaoling"));
        Assert.Equal("other", ApiCaller.County(context.User));
    }

    [Fact]
    public void A_wrong_key_is_refused_401() =>
        Assert.Equal(401, ApiAccess.Refusal(Request("/api/jobs/1", "127.0.0.1", key: Key + "x"), Options, "jiaoling"));

    [Fact]
    public void Anonymous_request_from_another_host_is_refused_401() =>
        Assert.Equal(401, ApiAccess.Refusal(Request("/api/runs/1/files/plan.csv", "10.1.2.3"), new ApiOptions { TrustLoopback = true }, "jiaoling"));

    [Fact]
    public void Principal_is_refused_403_even_from_the_same_host() =>
        Assert.Equal(403, ApiAccess.Refusal(Request("/api/jobs/1", "127.0.0.1", new Portal("jiaoling", "p-S001", "校长", "principal", "S001")),
            Options, "jiaoling"));

    [Fact]
    public void Hr_may_use_the_api_from_anywhere_for_the_own_county()
    {
        var context = Request("/api/jobs/1", "10.1.2.3", new Portal("jiaoling", "hr", "人事股", "hr", null));
        Assert.Null(ApiAccess.Refusal(context, Options, "other"));
        Assert.Equal("jiaoling", ApiCaller.County(context.User));
    }

    [Fact]
    public void Pages_outside_the_api_are_left_to_their_own_checks() =>
        Assert.Null(ApiAccess.Refusal(Request("/login", "10.1.2.3"), Options, "jiaoling"));
}
