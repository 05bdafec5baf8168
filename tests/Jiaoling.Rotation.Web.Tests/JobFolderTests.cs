using System.Runtime.Versioning;
using Jiaoling.Rotation.App.Worker;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>Where a host's jobs write teachers' names before the run is stored: nowhere another user can read or replace.</summary>
[SupportedOSPlatform("linux")]
public sealed class JobFolderTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public void By_default_each_host_gets_a_new_private_folder_with_an_unguessable_name()
    {
        var first = JobFolders.Create(new WorkerOptions());
        var second = JobFolders.Create(new WorkerOptions());

        Assert.NotEqual(first, second);
        Assert.All([first, second], f => Assert.Equal(Private, File.GetUnixFileMode(f)));
        Assert.All([first, second], f => Assert.StartsWith(Path.GetTempPath(), f + "/", StringComparison.Ordinal));
        Directory.Delete(first);
        Directory.Delete(second);
    }

    [Fact]
    public void A_configured_root_gets_a_folder_per_host_narrowed_to_mode_0700_even_if_it_was_open()
    {
        var root = Directory.CreateTempSubdirectory("job-root-").FullName;
        var open = Path.Combine(root, "vm_42");
        Directory.CreateDirectory(open);
        File.SetUnixFileMode(open, Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var folder = JobFolders.Create(new WorkerOptions { OutputRoot = root, HostName = "vm:42" });

        Assert.Equal(open, folder);
        Assert.Equal(Private, File.GetUnixFileMode(folder));
        Directory.Delete(root, recursive: true);
    }
}
