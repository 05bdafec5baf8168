using Jiaoling.Rotation.Data.Store;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTests(PostgresServer server) : StoreTestBase(server)
{
    [Fact]
    public async Task Every_migration_is_recorded_once_and_a_second_run_applies_nothing()
    {
        var again = await new MigrationRunner(DataSource).ApplyAsync(CancellationToken.None);

        Assert.Empty(again);
        Assert.Equal(Migration.All.Count, (int)await ScalarAsync<long>("select count(*) from schema_migrations"));
        await new MigrationRunner(DataSource).VerifyAsync(CancellationToken.None);
    }

    [Fact]
    public void Migration_versions_run_one_two_three_without_a_gap_or_a_twin()
    {
        Assert.Equal(Enumerable.Range(1, Migration.All.Count), Migration.All.Select(m => m.Version));
    }

    [Fact]
    public async Task A_schema_newer_than_the_code_is_refused_with_a_clear_message()
    {
        await using (var cmd = DataSource.CreateCommand(
            "insert into schema_migrations (version, name, sha256) values (9999, '9999_future', 'x')"))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<StoreException>(() => new MigrationRunner(DataSource).VerifyAsync(CancellationToken.None));

        Assert.Contains("9999", error.Message);
        Assert.Contains("升级本程序", error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_in_one_sentence_naming_host_and_port()
    {
        await using var nowhere = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=x;Database=rotation;Timeout=2");

        var error = await Assert.ThrowsAsync<StoreException>(() => new MigrationRunner(nowhere).VerifyAsync(CancellationToken.None));

        Assert.Contains("无法连接数据库 127.0.0.1:1/rotation", error.Message);
    }

    [Fact]
    public async Task Append_only_tables_refuse_updates()
    {
        await using var cmd = DataSource.CreateCommand(
            "insert into audit_log (county, actor, action, subject) values ('c', 'a', 'x', 's'); update audit_log set actor = 'b'");

        var error = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText);
    }

    [Theory]
    [InlineData("dataset_versions")]
    [InlineData("source_files")]
    [InlineData("schools")]
    [InlineData("teachers")]
    [InlineData("demand")]
    [InlineData("distances")]
    [InlineData("decisions")]
    [InlineData("plan_runs")]
    [InlineData("plan_rows")]
    [InlineData("run_files")]
    [InlineData("review_decisions")]
    [InlineData("audit_log")]
    public async Task Every_table_an_audit_needs_is_guarded_against_update_and_delete(string table)
    {
        await using var cmd = DataSource.CreateCommand("""
            select count(*) from pg_trigger t join pg_proc p on p.oid = t.tgfoid
            where t.tgrelid = $1::regclass and p.proname = 'forbid_change'
            """);
        cmd.Parameters.AddWithValue(table);

        Assert.Equal(1L, (long)(await cmd.ExecuteScalarAsync())!);
    }
}
