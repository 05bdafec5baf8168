using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>Values from the county's files print as text in every document, never as markup.</summary>
public sealed class EscapingTests
{
    private const string Teacher = "<script>alert(1)</script>";
    private const string School = "A&B<i>";
    private const string Reason = "\"><img src=x onerror=alert(2)>";

    [Fact]
    public async Task Hostile_teacher_school_and_reason_print_as_text_in_every_html_document()
    {
        using var output = new TempFolder();
        await PlanDocuments.WriteAllAsync(SmallPlan.Input(Teacher, School, Reason), output.Path, SmallPlan.Options(), CancellationToken.None);
        var documents = output.HtmlFiles();
        Assert.Equal(9, documents.Count);
        foreach (var document in documents)
        {
            var html = output.Read(document);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<i>", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("A&B", html);
        }
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", output.Read("notices/T0001.html"));
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;", output.Read("notices/T0001.html"));
        Assert.Contains("A&amp;B&lt;i&gt;", output.Read("notices/T0001.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", output.Read("public-list.html"));
        Assert.Contains("A&amp;B&lt;i&gt;", output.Read("public-list.html"));
        Assert.Contains("A&amp;B&lt;i&gt;", output.Read("schools/S1.html"));
        Assert.Contains("A&amp;B&lt;i&gt;", output.Read("report.html"));
    }

    [Fact]
    public void No_template_escapes_again_or_prints_raw()
    {
        foreach (var file in DocumentTemplates.TemplateFiles)
        {
            var text = File.ReadAllText(RepoPaths.Combine("templates", file));
            Assert.DoesNotContain("html.escape", text);
            Assert.DoesNotContain("{%{", text);
        }
    }

    [Fact]
    public async Task A_teacher_id_with_path_characters_names_a_file_inside_the_notices_folder()
    {
        using var output = new TempFolder();
        var input = SmallPlan.Input(teacherId: "../<b>T0009");
        var result = await PlanDocuments.WriteAllAsync(input, output.Path, SmallPlan.Options(), CancellationToken.None);
        Assert.Contains("notices/.._<b>T0009.html", result.Files);
        Assert.Contains("&lt;b&gt;T0009", output.Read("notices/.._<b>T0009.html"));
        Assert.Equal(["notices", "public-list.html", "report.html", "schools"],
            Directory.EnumerateFileSystemEntries(output.Path).Select(Path.GetFileName).Where(n => n is not ("plan.xlsx" or PlanDocuments.NoticesDocx)).Order(StringComparer.Ordinal));
    }
}
