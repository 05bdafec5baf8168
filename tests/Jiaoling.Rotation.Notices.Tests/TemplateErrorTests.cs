using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>A template the bureau broke stops the run, naming the file, line and column.</summary>
public sealed class TemplateErrorTests
{
    [Fact]
    public void A_syntax_error_is_reported_with_file_line_and_column()
    {
        using var folder = TempFolder.CopyOfTemplates();
        File.WriteAllText(folder.File(DocumentTemplates.SchoolFile), "<h1>{{ name }}</h1>\n<p>{{ for m in leaving }}{{ m.name }</p>\n");
        var error = Assert.Throws<TemplateException>(() => DocumentTemplates.Load(folder.Path));
        // Column 36 is the lone '}' that should have closed "{{ m.name".
        Assert.StartsWith("school.sbn-html:2:36: 模板语法错误：", error.Problems[0]);
        Assert.All(error.Problems, p => Assert.StartsWith("school.sbn-html:", p));
    }

    [Fact]
    public async Task An_unknown_variable_stops_the_run_with_its_line_and_column()
    {
        using var folder = TempFolder.CopyOfTemplates();
        File.WriteAllText(folder.File(DocumentTemplates.PublicListFile), "<h1>{{ title }}</h1>\n<p>{{ titel }}</p>\n");
        using var output = new TempFolder();
        var options = SmallPlan.Options() with { TemplatesFolder = folder.Path };
        var error = await Assert.ThrowsAsync<TemplateException>(() =>
            PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, options, CancellationToken.None));
        Assert.Equal("public-list.sbn-html:2:7", string.Join(":", error.Problems.Single().Split(':').Take(3)));
        Assert.Contains("模板取值错误", error.Problems.Single());
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path));
    }

    [Fact]
    public void A_missing_template_is_reported_by_name()
    {
        using var folder = TempFolder.CopyOfTemplates();
        File.Delete(folder.File(DocumentTemplates.ReportFile));
        var error = Assert.Throws<TemplateException>(() => DocumentTemplates.Load(folder.Path));
        Assert.StartsWith("report.sbn-html:1:1: 模板文件不存在", Assert.Single(error.Problems));
    }
}
