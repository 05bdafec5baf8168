using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Domain.Tests.Generator;

public sealed class GeneratorTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("jiaoling-gen-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(GeneratorOptions options, string name)
    {
        var folder = Path.Combine(_temp, name);
        ContractFolder.Write(CountyGenerator.Generate(options), folder);
        return folder;
    }

    private static IEnumerable<(string Name, string Text)> Files(string folder) => Directory
        .EnumerateFiles(folder)
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    [Fact]
    public void Same_seed_gives_identical_files()
    {
        var first = Write(new GeneratorOptions(600, 7), "a");
        var second = Write(new GeneratorOptions(600, 7), "b");

        Assert.Equal(Files(first), Files(second));
    }

    [Fact]
    public void Another_seed_gives_other_teachers()
    {
        var first = Write(new GeneratorOptions(600, 7), "a");
        var second = Write(new GeneratorOptions(600, 8), "b");

        Assert.NotEqual(File.ReadAllText(Path.Combine(first, "teachers.csv")), File.ReadAllText(Path.Combine(second, "teachers.csv")));
    }

    [Fact]
    public void Committed_sample_county_equals_a_fresh_generation()
    {
        var fresh = Write(new GeneratorOptions(GeneratorOptions.SampleTeachers, GeneratorOptions.SampleSeed), "sample");

        Assert.Equal(Files(fresh), Files(RepoPaths.SampleCounty));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Teacher_count_is_met_exactly(int teachers)
    {
        var dataset = CountyGenerator.Generate(new GeneratorOptions(teachers, 1));

        Assert.Equal(teachers, dataset.Teachers.Count);
    }

    [Fact]
    public void No_demand_option_leaves_demand_out()
    {
        var folder = Write(new GeneratorOptions(600, 7, IncludeDemand: false), "plain");

        Assert.False(File.Exists(Path.Combine(folder, "demand.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "teachers.csv")));
    }

    [Fact]
    public void Spouses_name_each_other_and_every_school_but_teaching_points_has_one_principal()
    {
        var dataset = CountyGenerator.Generate(new GeneratorOptions(1000, 3));
        var byId = dataset.Teachers.ToDictionary(t => t.Id);

        Assert.Contains(dataset.Teachers, t => t.SpouseId is not null);
        Assert.All(dataset.Teachers.Where(t => t.SpouseId is not null), t => Assert.Equal(t.Id, byId[t.SpouseId!.Value].SpouseId));
        var principals = dataset.Teachers.Where(t => t.IsPrincipal).CountBy(t => t.SchoolId).ToDictionary();
        Assert.All(dataset.Schools, s => Assert.Equal(s.TeachingPoint ? 0 : 1, principals.GetValueOrDefault(s.Id)));
        Assert.All(dataset.Schools.Where(s => s.TeachingPoint), s => Assert.NotNull(s.ParentSchoolId));
    }

    [Fact]
    public void Id_numbers_carry_the_birth_date_and_a_valid_check_character()
    {
        var dataset = CountyGenerator.Generate(new GeneratorOptions(300, 5));
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

        Assert.All(dataset.Teachers.Where(t => t.IdNumber is not null), t =>
        {
            var id = t.IdNumber!;
            Assert.StartsWith("441427" + t.BirthDate.ToString("yyyyMMdd"), id);
            Assert.Equal("10X98765432"[id[..17].Select((c, i) => (c - '0') * weights[i]).Sum() % 11], id[17]);
        });
    }
}
