namespace Jiaoling.Rotation.Tests;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the first folder upward that holds Jiaoling.Rotation.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The contract's small example county, kept as a test fixture.</summary>
    public static string ContractExample => Path.Combine(Root, "tests", "fixtures", "contract-example");

    /// <summary>The sample county the README plans.</summary>
    public static string SampleCounty => Path.Combine(Root, "data", "sample-county");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jiaoling.Rotation.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Jiaoling.Rotation.sln not found above " + AppContext.BaseDirectory);
    }
}
