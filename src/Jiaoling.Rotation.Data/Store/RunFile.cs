namespace Jiaoling.Rotation.Data.Store;

/// <summary>One output file of a run, kept in the database so any host can serve it.</summary>
public sealed record RunFile(string Name, byte[] Content)
{
    /// <summary>Reads every file of an output folder (recursively, names relative with '/').</summary>
    public static IReadOnlyList<RunFile> ReadFolder(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(p => new RunFile(Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllBytes(p)))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
}
