using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Data.Tests.Import;

public sealed class ContractExampleTests
{
    [Fact]
    public void Contract_example_reads_without_problems_and_keeps_every_row()
    {
        var result = DatasetReader.Read(RepoPaths.ContractExample);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var dataset = result.Dataset!;
        Assert.Equal(10, dataset.Schools.Count);
        Assert.Equal(377, dataset.Teachers.Count);
        Assert.Equal(129, dataset.Demand!.Count);
        Assert.Empty(dataset.Distances);
        Assert.Empty(dataset.Decisions);
        Assert.Equal(new DateOnly(2027, 9, 1), dataset.Policy.PlanStartDate);
    }

    [Fact]
    public void Source_files_are_listed_with_their_sha256()
    {
        var result = DatasetReader.Read(RepoPaths.ContractExample);

        Assert.Equal(["demand.csv", "policy.json", "schools.csv", "teachers.csv"],
            result.SourceFiles.Select(f => f.Name).Order(StringComparer.Ordinal));
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.ContractExample, "schools.csv"));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal(expected, result.SourceFiles.Single(f => f.Name == "schools.csv").Sha256);
    }

    [Fact]
    public void A_missing_folder_is_one_error_and_no_dataset()
    {
        var result = DatasetReader.Read(Path.Combine(Path.GetTempPath(), "no-such-dataset-" + Guid.NewGuid()));

        Assert.False(result.Ok);
        Assert.Null(result.Dataset);
        Assert.Single(result.Errors);
    }
}
