using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>Sessions end when they should, cookies are Secure over HTTPS, and the keys that sign them are encrypted at rest.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SessionHardeningTests(PostgresServer server) : AccountPageFixture(server), IDisposable
{
    private static readonly Account Principal = new(County, "p-s001", "S001小学校长", "principal", "S001", null, 0, null);
    private readonly string _folder = Directory.CreateTempSubdirectory("session-tests-").FullName;

    [Fact]
    public async Task A_cookie_copied_before_logout_no_longer_works_after_it()
    {
        var password = await CreateAsync(Principal);
        var (host, address) = await ExtraHost.StartAsync(ConnectionString);
        await using var _ = host;
        var cookies = new CookieContainer();
        using var session = await PortalClient.SignInAsync(address, Principal.Login, password, cookies);
        var copy = new CookieContainer();
        copy.Add(cookies.GetAllCookies());
        using var thief = new PortalClient(address, copy);
        var before = await thief.GetAsync("/school");

        var logout = await session.PostFormAsync("/logout", await session.TokenAsync("/school"));
        var after = await thief.GetAsync("/school");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Redirect), (before.StatusCode, logout.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(1L, await CountAsync("select count(*) from portal_sessions where revoked_at is not null"));
    }

    [Fact]
    public async Task A_session_ends_at_its_absolute_lifetime_however_active_it_stays()
    {
        var password = await CreateAsync(Principal);
        var (host, address) = await ExtraHost.StartAsync(ConnectionString, ("Review:SessionIdle", "00:00:02"), ("Review:SessionLifetime", "00:00:04"));
        await using var _ = host;
        using var session = await PortalClient.SignInAsync(address, Principal.Login, password);
        var started = DateTime.UtcNow;

        var answers = new List<(double Seconds, HttpStatusCode Status)>();
        while (DateTime.UtcNow - started < TimeSpan.FromSeconds(6))
        {
            answers.Add(((DateTime.UtcNow - started).TotalSeconds, (await session.GetAsync("/school")).StatusCode));
            await Task.Delay(TimeSpan.FromSeconds(0.8));
        }

        Assert.All(answers.Where(a => a.Seconds < 3.5), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(answers.Where(a => a.Seconds > 4.5), a => Assert.Equal(HttpStatusCode.Redirect, a.Status));
    }

    [Fact]
    public async Task Behind_a_trusted_https_proxy_cookies_are_secure_and_over_plain_http_they_are_not()
    {
        var password = await CreateAsync(Principal);
        var (host, address) = await ExtraHost.StartAsync(ConnectionString, ("Review:TrustedProxies:0", "127.0.0.1"));
        await using var _ = host;
        using var raw = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };

        var plain = await raw.GetAsync("/");
        var https = await raw.SendAsync(Forwarded(new HttpRequestMessage(HttpMethod.Get, "/")));
        var antiforgery = https.Headers.GetValues("Set-Cookie").Single();
        var login = Forwarded(new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = PortalClient.Form(PortalClient.Token(await https.Content.ReadAsStringAsync()), ("login", Principal.Login), ("password", password)),
        });
        login.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signedIn = await raw.SendAsync(login);

        Assert.DoesNotContain("secure", plain.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("jiaoling.review=", StringComparison.Ordinal)
            && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("max-age", string.Join(";", https.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task The_session_keys_are_stored_encrypted_with_the_configured_certificate_and_every_host_with_it_reads_them()
    {
        var password = await CreateAsync(Principal);
        var certificate = Path.Combine(_folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=jiaoling-rotation-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(certificate, made.Export(X509ContentType.Pfx, "pfx-password"));
        }
        (string, string)[] settings = [("Review:KeyCertificate", certificate), ("Review:KeyCertificatePassword", "pfx-password")];
        var (first, firstAddress) = await ExtraHost.StartAsync(ConnectionString, settings);
        await using var _ = first;
        var (second, secondAddress) = await ExtraHost.StartAsync(ConnectionString, settings);
        await using var __ = second;
        var cookies = new CookieContainer();

        using var session = await PortalClient.SignInAsync(firstAddress, Principal.Login, password, cookies);
        using var elsewhere = new PortalClient(secondAddress, cookies);
        var shared = await elsewhere.GetAsync("/school");

        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        await using var cmd = DataSource.CreateCommand("select xml from data_protection_keys");
        var xml = (string)(await cmd.ExecuteScalarAsync())!;
        Assert.Contains("EncryptedData", xml);
        Assert.DoesNotContain("<value>", xml);
    }

    private static HttpRequestMessage Forwarded(HttpRequestMessage request)
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
