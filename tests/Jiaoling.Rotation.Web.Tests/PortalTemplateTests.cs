using System.Net;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Tests.Store;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>The portal's pages are templates in templates/portal, rendered so that no author can forget escaping.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PortalTemplateTests(PostgresServer server) : AccountPageFixture(server), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-templates-").FullName;

    [Fact]
    public async Task A_value_a_template_prints_without_any_filter_is_escaped()
    {
        CopyTemplates();
        // What a template author might write: the value as it is, no html.escape.
        File.WriteAllText(Path.Combine(_folder, PortalPage.Accounts), "<p id=\"error\">{{ error }}</p>\n");
        var password = await CreateAsync(new Account(County, HrLogin, "人事股", "hr", null, null, 0, null));
        var (host, address) = await ExtraHost.StartAsync(ConnectionString, ("Review:Templates", _folder));
        await using var _ = host;
        using var hr = await PortalClient.SignInAsync(address, HrLogin, password);

        var response = await hr.PostFormAsync("/hr/accounts", await hr.TokenAsync("/hr"),
            ("role", "principal"), ("school", "<script>window.hacked=1</script>"), ("login", "wu"), ("name", ""));
        var html = await response.Content.ReadAsStringAsync();
        await host.StopAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("没有学校代码“&lt;script&gt;window.hacked=1&lt;/script&gt;”", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_broken_portal_template_stops_the_host_at_start_naming_file_line_and_column()
    {
        CopyTemplates();
        File.WriteAllText(Path.Combine(_folder, PortalPage.Message), "<p>{{ message }}</p>\n<p>{{ for x in back }}{{ x }</p>\n");

        var error = await Assert.ThrowsAsync<TemplateException>(() => ExtraHost.StartAsync(ConnectionString, ("Review:Templates", _folder)));

        Assert.StartsWith("message.sbn-html:2:", error.Problems[0]);
        Assert.Contains("模板语法错误", error.Problems[0]);
    }

    [Fact]
    public void Every_portal_page_is_a_template_that_neither_escapes_again_nor_prints_raw()
    {
        var folder = RepoPaths.Combine("templates", PortalTemplates.Subfolder);
        Assert.Equal(PortalTemplates.Files.Append(PortalTemplates.StyleFile).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(n => n != "README.md").Order(StringComparer.Ordinal));
        foreach (var file in PortalTemplates.Files)
        {
            var text = File.ReadAllText(Path.Combine(folder, file));
            Assert.DoesNotContain("html.escape", text);
            Assert.DoesNotContain("{%{", text);
        }
        var code = Directory.EnumerateFiles(RepoPaths.Combine("src", "Jiaoling.Rotation.Web"), "*.cs").Select(File.ReadAllText);
        Assert.DoesNotContain(code, c => c.Contains("<table", StringComparison.Ordinal) || c.Contains("<form", StringComparison.Ordinal));
    }

    private void CopyTemplates()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine("templates", PortalTemplates.Subfolder)))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
