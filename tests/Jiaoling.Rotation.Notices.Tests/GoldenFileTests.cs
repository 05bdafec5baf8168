using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>
/// Every HTML document of the small fixed plan against the expected output committed under Golden/.
/// The shared stylesheet is replaced by a one-line placeholder, so the golden files hold the templates'
/// output and not copies of style.css. Set JIAOLING_UPDATE_GOLDEN=1 to rewrite the expected files after an intended change, then review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    private static readonly string GoldenFolder = RepoPaths.Combine("tests", "Jiaoling.Rotation.Notices.Tests", "Golden");

    private static readonly string[] Expected =
    [
        "notices/T0001.html", "notices/T0002.html", "notices/T0003.html", "notices/T0004.html",
        "public-list.html", "report.html", "schools/S1.html", "schools/S2.html", "schools/S3.html",
    ];

    public static TheoryData<string> Documents() => new(Expected);

    [Fact]
    public async Task The_small_plan_writes_exactly_the_documents_with_golden_files()
    {
        using var output = await Render();
        Assert.Equal(Expected, output.HtmlFiles());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Document_matches_its_golden_file(string document)
    {
        using var output = await Render();
        var actual = output.Read(document);
        var golden = Path.Combine(GoldenFolder, document);
        if (Environment.GetEnvironmentVariable("JIAOLING_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static async Task<TempFolder> Render()
    {
        using var templates = TempFolder.CopyOfTemplates();
        File.WriteAllText(templates.File(DocumentTemplates.StyleFile), "/* style.css */");
        var output = new TempFolder();
        var options = SmallPlan.Options() with { TemplatesFolder = templates.Path };
        await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, options, CancellationToken.None);
        return output;
    }
}
