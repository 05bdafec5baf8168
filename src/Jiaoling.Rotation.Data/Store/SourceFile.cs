using System.Security.Cryptography;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>A file a dataset version was imported from: its bare name, SHA-256 (hex) and size.</summary>
public sealed record SourceFile(string Name, string Sha256, long Bytes)
{
    /// <summary>Hashes every regular file directly in the folder, by name.</summary>
    public static IReadOnlyList<SourceFile> HashFolder(string folder) =>
        Directory.EnumerateFiles(folder)
            .Order(StringComparer.Ordinal)
            .Select(Hash)
            .ToList();

    public static SourceFile Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return new SourceFile(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
    }
}
