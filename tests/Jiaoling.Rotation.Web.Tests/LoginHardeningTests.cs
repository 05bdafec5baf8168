using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Tests.Store;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>
/// Guessing passwords: the count of attempts cannot be raced, it slows the guessing address and not the
/// account's owner, and a failure tells nothing about whether the account exists or is disabled.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class LoginHardeningTests(PostgresServer server) : AccountPageFixture(server)
{
    private static readonly Account Principal = new(County, "p-s001", "S001小学校长", "principal", "S001", null, 0, null);

    [Fact]
    public async Task Parallel_wrong_passwords_get_no_more_tries_than_the_limit_and_only_the_guessing_address_must_wait()
    {
        var password = await CreateAsync(Principal);
        var (host, address) = await ExtraHost.StartAsync(ConnectionString, ("Review:TrustedProxies:0", "127.0.0.1"),
            ("Review:LoginsPerMinute", "1000"));
        await using var _ = host;
        using var guesser = new PortalClient(address, null, ("X-Forwarded-For", "10.0.0.1"));
        var token = await guesser.TokenAsync("/");

        var guesses = await Task.WhenAll(Enumerable.Range(0, 28).Select(i =>
            guesser.PostFormAsync("/login", token, ("login", Principal.Login), ("password", $"guess-{i}"))));
        var right = await guesser.PostFormAsync("/login", token, ("login", Principal.Login), ("password", password));
        using var owner = new PortalClient(address, null, ("X-Forwarded-For", "10.0.0.2"));
        var elsewhere = await owner.PostFormAsync("/login", await owner.TokenAsync("/"), ("login", Principal.Login), ("password", password));

        Assert.Equal(5, guesses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(23, guesses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal((HttpStatusCode)429, right.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal(5L, await CountAsync("select count(*) from audit_log where action = 'login.failed' and details->>'address' = '10.0.0.1'"));
        Assert.Equal(5L, await CountAsync("select count(*) from audit_log where action = 'login.failed'"));
    }

    [Fact]
    public async Task An_unknown_login_a_wrong_password_and_a_disabled_account_fail_alike_in_answer_and_time()
    {
        await CreateAsync(Principal);
        var disabled = Principal with { Login = "p-s002", SchoolId = "S002" };
        var disabledPassword = await CreateAsync(disabled);
        await Accounts.SetDisabledAsync(County, disabled.Login, true, "test", CancellationToken.None);
        var (host, address) = await ExtraHost.StartAsync(ConnectionString, ("Review:MaxFailedLogins", "100"), ("Review:LoginsPerMinute", "1000"));
        await using var _ = host;
        using var client = new PortalClient(address);
        var token = await client.TokenAsync("/");
        async Task<(HttpStatusCode Status, string Error, double Ms)> Try(string login, string password)
        {
            var clock = Stopwatch.StartNew();
            var response = await client.PostFormAsync("/login", token, ("login", login), ("password", password));
            var ms = clock.Elapsed.TotalMilliseconds;
            return (response.StatusCode, ErrorText().Match(await response.Content.ReadAsStringAsync()).Value, ms);
        }
        await Try(Principal.Login, "warm-up");
        await Try("nobody", "warm-up");

        var known = new List<(HttpStatusCode Status, string Error, double Ms)>();
        var unknown = new List<(HttpStatusCode Status, string Error, double Ms)>();
        for (var i = 0; i < 9; i++)
        {
            known.Add(await Try(Principal.Login, $"wrong-{i}"));
            unknown.Add(await Try($"nobody-{i}", $"wrong-{i}"));
        }
        var off = await Try(disabled.Login, disabledPassword);

        var answers = known.Concat(unknown).Append(off).Select(a => (a.Status, a.Error)).Distinct().ToList();
        Assert.Equal([(HttpStatusCode.Unauthorized, $"<p class=\"error\">{LoginEndpoints.Failed}</p>")], answers);
        // Loosely: the same work either way, so the medians differ by far less than hashing a password costs.
        var (knownMedian, unknownMedian) = (Median(known), Median(unknown));
        Assert.True(unknownMedian > knownMedian / 3 && unknownMedian < knownMedian * 3,
            $"median of unknown logins {unknownMedian:0.0} ms, of known logins {knownMedian:0.0} ms");
    }

    private static double Median(List<(HttpStatusCode, string, double Ms)> tries) => tries.Select(t => t.Ms).Order().ElementAt(tries.Count / 2);

    [GeneratedRegex("<p class=\"error\">[^<]*</p>")]
    private static partial Regex ErrorText();
}
