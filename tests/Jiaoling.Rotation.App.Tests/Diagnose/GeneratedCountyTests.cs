using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Tests.Diagnose;

public sealed class GeneratedCountyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(300, 11, true)]
    [InlineData(5000, 12, false)]
    public void Generated_counties_read_without_errors_or_warnings(int teachers, int seed, bool demand)
    {
        ContractFolder.Write(CountyGenerator.Generate(new GeneratorOptions(teachers, seed, demand)), _temp["data"]);

        var run = DiagnoseRun.Of(_temp["data"], _temp["out"]);

        Assert.Equal("", run.Stderr);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(!demand, File.Exists(Path.Combine(_temp["out"], "demand.csv")));
    }
}
