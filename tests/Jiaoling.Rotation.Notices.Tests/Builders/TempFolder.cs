namespace Jiaoling.Rotation.Notices.Tests.Builders;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("jiaoling-notices-tests-").FullName;

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    /// <summary>Every .html file written, as paths relative to the folder with '/' separators, sorted.</summary>
    public IReadOnlyList<string> HtmlFiles() => Directory
        .EnumerateFiles(Path, "*.html", SearchOption.AllDirectories)
        .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>A fresh folder holding a copy of the repository's templates, to edit or break in a test.</summary>
    public static TempFolder CopyOfTemplates()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine("templates")))
        {
            System.IO.File.Copy(file, folder.File(System.IO.Path.GetFileName(file)));
        }
        return folder;
    }
}
