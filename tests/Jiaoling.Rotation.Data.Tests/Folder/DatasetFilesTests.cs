using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Data.Tests.Import;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Tests;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Data.Tests.Folder;

public sealed class DatasetFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jiaoling-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_written_dataset_reads_back_the_same_with_every_optional_field_and_policy_key()
    {
        var original = TinyCounty.Dataset() with
        {
            Teachers = [.. TinyCounty.Dataset().Teachers.Select(t => t with { Name = "=1+1 " + t.Name + ",\"甲\"" })],
            Policy = TinyCounty.Dataset().Policy with
            {
                PlanStartDate = new DateOnly(2028, 9, 1), KeepStandards = false, ItinerantMaxShare = 0.3m,
                Objectives = new ObjectiveWeights { Order = ["cv", "shortage", "standards", "disruption", "balance"], DisruptionKm = 7 },
                DemandNorms = DemandNorms.Default with { PsychologyMinStudents = 150 },
            },
        };

        DatasetFiles.Write(original, _folder);
        var read = DatasetReader.Read(_folder);

        Assert.Empty(read.Errors);
        DatasetAssert.Equal(original, read.Dataset!);
    }

    [Fact]
    public void The_sample_county_written_again_reads_back_the_same_and_without_a_post_school_column()
    {
        var sample = DatasetReader.Read(RepoPaths.SampleCounty).Dataset!;

        DatasetFiles.Write(sample, _folder);
        var back = DatasetReader.Read(_folder).Dataset!;

        DatasetAssert.Equal(sample, back);
        Assert.DoesNotContain("post_school_id", File.ReadLines(Path.Combine(_folder, "teachers.csv")).First());
        Assert.False(File.Exists(Path.Combine(_folder, "decisions.csv")));
    }
}
