namespace Jiaoling.Rotation.Notices.Pdf;

/// <summary>Finds a Chromium-family browser that can print PDF headless.</summary>
public static class Browser
{
    /// <summary>The names searched on PATH, in order.</summary>
    public static readonly IReadOnlyList<string> Names = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The configured browser if it exists, else the first of <see cref="Names"/> on PATH; null when none.</summary>
    public static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => Names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
