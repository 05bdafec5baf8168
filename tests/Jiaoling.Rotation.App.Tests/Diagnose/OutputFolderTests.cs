
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Tests.Diagnose;

public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Nothing_appears_until_commit_and_then_the_whole_folder_does()
    {
        using var folder = OutputFolder.Stage(_temp["out"], "a.txt");
        File.WriteAllText(Path.Combine(folder.Path, "a.txt"), "new");

        Assert.False(Directory.Exists(_temp["out"]));
        folder.Commit();

        Assert.Equal("new", File.ReadAllText(Path.Combine(_temp["out"], "a.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void Disposing_without_commit_leaves_no_trace()
    {
        using (var folder = OutputFolder.Stage(_temp["out"], "a.txt"))
        {
            File.WriteAllText(Path.Combine(folder.Path, "a.txt"), "new");
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void Commit_into_an_existing_folder_replaces_owned_files_removes_stale_ones_and_keeps_others()
    {
        Directory.CreateDirectory(_temp["out"]);
        File.WriteAllText(Path.Combine(_temp["out"], "a.txt"), "old");
        File.WriteAllText(Path.Combine(_temp["out"], "stale.csv"), "old");
        File.WriteAllText(Path.Combine(_temp["out"], "notes.txt"), "mine");

        using (var folder = OutputFolder.Stage(_temp["out"], "a.txt", "stale.csv"))
        {
            File.WriteAllText(Path.Combine(folder.Path, "a.txt"), "new");
            folder.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(_temp["out"], "a.txt")));
        Assert.False(File.Exists(Path.Combine(_temp["out"], "stale.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_temp["out"], "notes.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(_temp.Path));
    }
}
