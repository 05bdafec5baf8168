using System.Text.RegularExpressions;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Tests.Service;
using Jiaoling.Rotation.Tests.Store;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>
/// A test's own database with the tiny county (S001, S002 and its teaching point S003) and no accounts but
/// the HR account <c>hr01</c>, a portal host on it, and helpers for the account page.
/// </summary>
public abstract partial class AccountPageFixture(PostgresServer server) : ServiceHostFixture(server)
{
    protected const string County = "jiaoling";
    protected const string HrLogin = "hr01";

    protected AccountStore Accounts => new(DataSource);

    /// <summary>Starts the portal and signs HR in; returns the address and HR's session.</summary>
    protected async Task<(Uri Address, PortalClient Hr)> StartAsync()
    {
        var hrPassword = await CreateAsync(new Account(County, HrLogin, "人事股", "hr", null, null, 0, null));
        var (_, http) = await StartHostAsync("accounts", null);
        return (http.BaseAddress!, await PortalClient.SignInAsync(http.BaseAddress!, HrLogin, hrPassword));
    }

    /// <summary>Stores the account with a fresh random password, as a setup step outside the page; returns the password.</summary>
    protected async Task<string> CreateAsync(Account account)
    {
        var password = Passwords.Generate();
        Assert.True(await Accounts.CreateAsync(Passwords.WithPassword(account, password), "test", CancellationToken.None));
        return password;
    }

    /// <summary>Posts one of the account page's forms with the page's antiforgery token; returns the status and the page.</summary>
    protected static async Task<(int Status, string Html)> PostAsync(PortalClient client, string path, params (string, string)[] fields)
    {
        var response = await client.PostFormAsync(path, await client.TokenAsync("/hr/accounts"), fields);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The password the result page shows once.</summary>
    protected static string ShownPassword(string html) => PasswordCode().Match(html).Groups[1].Value;

    protected async Task<string?> HashAsync(string login)
    {
        await using var cmd = DataSource.CreateCommand($"select password_hash from accounts where login = '{login}'");
        return (string?)await cmd.ExecuteScalarAsync();
    }

    [GeneratedRegex("<code id=\"password\"[^>]*>([^<]+)</code>")]
    private static partial Regex PasswordCode();
}
