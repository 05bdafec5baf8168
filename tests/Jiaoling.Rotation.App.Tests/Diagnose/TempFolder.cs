namespace Jiaoling.Rotation.App.Tests.Diagnose;

/// <summary>A folder in the temp directory for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("jiaoling-diagnose-").FullName;

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Copies a dataset folder into <paramref name="name"/>, leaving out the files named.</summary>
    public string Copy(string source, string name, params string[] without)
    {
        var target = this[name];
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => !without.Contains(System.IO.Path.GetFileName(f))))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }
        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
