using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Service;

[Collection(PostgresCollection.Name)]
public sealed class SetupDemoVerbTests(PostgresServer server) : ServiceHostFixture(server)
{
    [Fact]
    public async Task Setup_demo_prints_random_passwords_once_and_stores_only_their_hashes()
    {
        var first = await AppProcess.RunAsync(ConnectionString, "setup-demo", "--dataset", "2027");
        var second = await AppProcess.RunAsync(ConnectionString, "setup-demo", "--dataset", "2027");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var passwords = first.Stdout.Split('\n').Skip(1).Select(l => l.Split('\t')).Where(c => c.Length == 4).Select(c => c[1]).ToList();
        var principals = await CountAsync("select count(*) from accounts where role = 'principal'");
        Assert.Equal(principals + 1, passwords.Count);
        Assert.Equal(1L, await CountAsync("select count(*) from accounts where role = 'hr' and login = 'hr'"));
        Assert.All(passwords, p => Assert.Equal(14, p.Length));
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
        Assert.Equal(0L, await CountAsync($"select count(*) from accounts where password_hash in ('{string.Join("','", passwords)}')"));
        Assert.DoesNotContain(passwords, second.Stdout.Contains);
        Assert.Contains("已存在", second.Stdout);
    }
}
