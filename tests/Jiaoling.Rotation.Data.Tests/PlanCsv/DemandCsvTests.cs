using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Data.Tests.PlanCsv;

/// <summary>demand.csv as a run writes it reads back as the same demand.</summary>
public sealed class DemandCsvTests
{
    [Fact]
    public void Derived_demand_written_and_read_back_is_the_same()
    {
        var example = DatasetReader.Read(RepoPaths.ContractExample).Dataset!;
        var derived = DemandDerivation.Derive(example.Schools, DemandNorms.Default);
        var folder = Directory.CreateTempSubdirectory("jiaoling-demand-").FullName;
        try
        {
            foreach (var file in new[] { "schools.csv", "teachers.csv" })
            {
                File.Copy(Path.Combine(RepoPaths.ContractExample, file), Path.Combine(folder, file));
            }
            using (var writer = new StreamWriter(Path.Combine(folder, "demand.csv")))
            {
                DemandCsv.Write(derived, writer);
            }

            var result = DatasetReader.Read(folder);

            Assert.True(result.Ok, string.Join("\n", result.Errors));
            Assert.NotEmpty(derived);
            Assert.Equal(derived, result.Dataset!.Demand!);
            Assert.StartsWith("school_id,stage,subject,required_fte\nS001,primary,", File.ReadAllText(Path.Combine(folder, "demand.csv")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
