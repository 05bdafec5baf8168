using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Tests.Diagnose;

public sealed class GenerateVerbTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Task<int> Generate(params string[] args) =>
        Verbs.All().Single(c => c.Name == "generate").Parse(args).InvokeAsync();

    [Fact]
    public async Task Generate_writes_a_county_folder_without_demand_when_asked()
    {
        var code = await Generate("--teachers", "400", "--seed", "3", "--out", _temp["county"], "--no-demand");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["policy.json", "schools.csv", "teachers.csv"],
            Directory.EnumerateFiles(_temp["county"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(401, File.ReadAllLines(Path.Combine(_temp["county"], "teachers.csv")).Length);
    }

    [Fact]
    public async Task Regenerating_without_demand_removes_an_earlier_demand_file()
    {
        await Generate("--teachers", "400", "--out", _temp["county"]);
        Assert.True(File.Exists(Path.Combine(_temp["county"], "demand.csv")));

        await Generate("--teachers", "400", "--out", _temp["county"], "--no-demand");

        Assert.False(File.Exists(Path.Combine(_temp["county"], "demand.csv")));
    }

    [Fact]
    public async Task Too_few_teachers_is_invalid_and_writes_nothing()
    {
        var code = await Generate("--teachers", "50", "--out", _temp["county"]);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.False(Directory.Exists(_temp["county"]));
    }
}
