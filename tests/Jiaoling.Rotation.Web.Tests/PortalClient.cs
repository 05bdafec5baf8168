using System.Net;
using System.Text.RegularExpressions;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>An HTTP session on the portal: keeps cookies, does not follow redirects, reads antiforgery tokens from pages.</summary>
public sealed partial class PortalClient : IDisposable
{
    private readonly HttpClient _client;

    /// <summary>
    /// A session on the address; sessions given the same cookies share them (cookies ignore the port). The
    /// headers go with every request (e.g. <c>X-Forwarded-For</c> to act as another client behind a proxy).
    /// </summary>
    public PortalClient(Uri baseAddress, CookieContainer? cookies = null, params (string Name, string Value)[] headers)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        foreach (var (name, value) in headers)
        {
            _client.DefaultRequestHeaders.Add(name, value);
        }
    }

    public static async Task<PortalClient> SignInAsync(Uri baseAddress, string login, string password, CookieContainer? cookies = null,
        params (string Name, string Value)[] headers)
    {
        var client = new PortalClient(baseAddress, cookies, headers);
        var response = await client.PostFormAsync("/login", await client.TokenAsync("/"), ("login", login), ("password", password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    public async Task<string> PageAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public async Task<string> TokenAsync(string path) => Token(await PageAsync(path));

    public static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    /// <summary>Posts a form; a null token leaves the antiforgery field out.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, string? token, params (string Name, string Value)[] fields) =>
        _client.PostAsync(path, Form(token, fields));

    /// <summary>Sends a request as built, with this session's cookies.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _client.SendAsync(request);

    public static FormUrlEncodedContent Form(string? token, params (string Name, string Value)[] fields)
    {
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }
        return new FormUrlEncodedContent(all);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
