using Jiaoling.Rotation.Planning;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App.Worker;

/// <summary>
/// Where this host's running jobs write their outputs (names, ids and reasons of teachers): a folder only the
/// service's own user may open (mode 0700). By default a new one with an unguessable name in the system temp
/// folder, so no other user can read it or put anything in its place; with <see cref="WorkerOptions.OutputRoot"/>
/// set, a folder for this host inside that one, made or narrowed to mode 0700.
/// </summary>
public sealed class JobFolders(IOptions<WorkerOptions> options) : IDisposable
{
    public const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly Lazy<string> _root = new(() => Create(options.Value));

    public string Root => _root.Value;

    /// <summary>The output folder of one attempt of a job, inside <see cref="Root"/>.</summary>
    public string Of(long jobId, int attempt) => Path.Combine(Root, $"job-{jobId}-{attempt}");

    public static string Create(WorkerOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.OutputRoot))
        {
            return Directory.CreateTempSubdirectory("jiaoling-rotation-jobs-").FullName;
        }
        var folder = Path.Combine(o.OutputRoot, string.Concat(o.HostName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')));
        if (OperatingSystem.IsWindows())
        {
            // Windows has no modes: the folder inherits the configured root's access list.
            Directory.CreateDirectory(folder);
            return folder;
        }
        Directory.CreateDirectory(folder, Private);
        File.SetUnixFileMode(folder, Private);
        return folder;
    }

    /// <summary>Removes the temp folder this host made (a configured root stays for the next start).</summary>
    public void Dispose()
    {
        if (_root.IsValueCreated && string.IsNullOrWhiteSpace(options.Value.OutputRoot) && Directory.Exists(_root.Value))
        {
            Directory.Delete(_root.Value, recursive: true);
        }
    }
}
