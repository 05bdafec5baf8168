namespace Jiaoling.Rotation.Notices;

/// <summary>Finds the templates folder at run time, so the bureau edits files and not code.</summary>
public static class TemplateFolder
{
    public const string Name = "templates";

    /// <summary>
    /// The given folder; else <c>templates/</c> beside the program (the App copies it there); else the
    /// first <c>templates/</c> holding notice.sbn-html in the working directory or a folder above it.
    /// </summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        var candidates = new[] { AppContext.BaseDirectory, Environment.CurrentDirectory }
            .SelectMany(Ancestors)
            .Select(dir => Path.Combine(dir, Name));
        return candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, DocumentTemplates.NoticeFile)))
            ?? Path.Combine(AppContext.BaseDirectory, Name);
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
