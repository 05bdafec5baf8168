namespace Jiaoling.Rotation.Planning;

/// <summary>
/// An output folder written all at once: files go to a hidden staging folder beside the target and
/// move into place only on <see cref="Commit"/>, so a run that fails leaves the target neither created
/// nor changed (the contract's promise for every error exit). Disposing without commit deletes the stage.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly string _target;
    private readonly IReadOnlyList<string> _owned;
    private bool _done;

    private OutputFolder(string target, string path, IReadOnlyList<string> owned)
    {
        _target = target;
        _owned = owned;
        Path = path;
    }

    /// <summary>The staging folder to write into.</summary>
    public string Path { get; }

    /// <summary>
    /// Creates the staging folder beside <paramref name="target"/> (its parent is created if missing).
    /// <paramref name="owned"/> names the files the verb may write: one of them left over in the target
    /// from an earlier run but not written this time is removed on commit, so no stale output survives.
    /// </summary>
    public static OutputFolder Stage(string target, params string[] owned)
    {
        var full = System.IO.Path.GetFullPath(target);
        var parent = System.IO.Path.GetDirectoryName(full.TrimEnd(System.IO.Path.DirectorySeparatorChar))
            ?? throw new ArgumentException($"输出目录 {target} 不能是根目录。", nameof(target));
        var name = System.IO.Path.GetFileName(full.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var stage = System.IO.Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(stage);
        return new OutputFolder(full.TrimEnd(System.IO.Path.DirectorySeparatorChar), stage, owned);
    }

    /// <summary>
    /// Moves what was written into the target: the whole folder when the target does not exist yet,
    /// else file by file, replacing files of the same name, removing owned files not written this time,
    /// and leaving other files in place.
    /// </summary>
    public void Commit()
    {
        if (!Directory.Exists(_target))
        {
            Directory.Move(Path, _target);
        }
        else
        {
            foreach (var name in _owned.Where(n => !File.Exists(System.IO.Path.Combine(Path, n))))
            {
                File.Delete(System.IO.Path.Combine(_target, name));
            }
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                var destination = System.IO.Path.Combine(_target, System.IO.Path.GetRelativePath(Path, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
                File.Move(file, destination, overwrite: true);
            }
            Directory.Delete(Path, recursive: true);
        }
        _done = true;
    }

    public void Dispose()
    {
        if (!_done && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
        _done = true;
    }
}
