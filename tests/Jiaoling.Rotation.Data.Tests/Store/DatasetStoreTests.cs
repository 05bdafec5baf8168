using System.Text.Json;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class DatasetStoreTests(PostgresServer server) : StoreTestBase(server)
{
    private static readonly SourceFile[] Files = [new("schools.csv", new string('a', 64)), new("teachers.csv", new string('b', 64))];

    private Task<DatasetVersion> ImportAsync(Dataset dataset, string county = "jiaoling", string name = "2027") =>
        new DatasetWriter(DataSource).ImportAsync(new DatasetImport(county, name, dataset, Files, "hr01", "/data/x"), CancellationToken.None);

    [Fact]
    public async Task A_stored_dataset_loads_back_equal_to_what_was_imported()
    {
        var original = TinyCounty.Dataset();
        var version = await ImportAsync(original);

        var loaded = await new DatasetLoader(DataSource).LoadAsync(version.Id, CancellationToken.None);

        Assert.Equal(Json(original.Schools), Json(loaded.Schools));
        Assert.Equal(Json(original.Teachers), Json(loaded.Teachers));
        Assert.Equal(Json(original.Demand), Json(loaded.Demand));
        Assert.Equal(original.Distances, loaded.Distances);
        Assert.Equal(original.Decisions, loaded.Decisions);
        Assert.Equal(PolicyJson.Serialize(original.Policy), PolicyJson.Serialize(loaded.Policy));
    }

    [Fact]
    public async Task A_dataset_without_demand_loads_with_null_demand_so_it_is_derived_again()
    {
        var version = await ImportAsync(TinyCounty.Dataset() with { Demand = null });

        var loaded = await new DatasetLoader(DataSource).LoadAsync(version.Id, CancellationToken.None);

        Assert.Null(loaded.Demand);
    }

    [Fact]
    public async Task Each_import_adds_the_next_version_and_records_its_files_and_an_audit_entry()
    {
        var first = await ImportAsync(TinyCounty.Dataset());
        var second = await ImportAsync(TinyCounty.Dataset());

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal(second.Id, (await new DatasetLoader(DataSource).LatestVersionAsync("jiaoling", "2027", CancellationToken.None))!.Id);
        Assert.Equal(4L, await ScalarAsync<long>("select count(*) from source_files"));
        Assert.Equal(2L, await ScalarAsync<long>("select count(*) from audit_log where action = 'dataset.imported'"));
    }

    [Fact]
    public async Task Counties_are_separate_namespaces_for_datasets_of_the_same_name()
    {
        await ImportAsync(TinyCounty.Dataset(), county: "jiaoling");
        var other = await ImportAsync(TinyCounty.Dataset() with { Teachers = [] }, county: "pingyuan");

        var loader = new DatasetLoader(DataSource);
        Assert.Equal(1, other.Version);
        Assert.Single(await loader.VersionsAsync("jiaoling", "2027", CancellationToken.None));
        Assert.Empty((await loader.LoadAsync(other.Id, CancellationToken.None)).Teachers);
    }

    [Fact]
    public async Task A_failed_import_leaves_the_previous_version_untouched_and_adds_nothing()
    {
        var first = await ImportAsync(TinyCounty.Dataset());
        var broken = TinyCounty.Dataset() with { Teachers = [TinyCounty.Teacher("T009", "S404")] };

        await Assert.ThrowsAsync<PostgresException>(() => ImportAsync(broken));

        var loader = new DatasetLoader(DataSource);
        var versions = await loader.VersionsAsync("jiaoling", "2027", CancellationToken.None);
        Assert.Equal([first.Id], versions.Select(v => v.Id));
        Assert.Equal(3, (await loader.LoadAsync(first.Id, CancellationToken.None)).Teachers.Count);
        Assert.Equal(1L, await ScalarAsync<long>("select count(*) from audit_log"));
        Assert.Equal(3L, await ScalarAsync<long>("select count(*) from teachers"));
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
