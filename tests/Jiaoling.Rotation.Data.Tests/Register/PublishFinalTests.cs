using Jiaoling.Rotation.Data.Store.Register;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Tests.Store;
using Npgsql;

namespace Jiaoling.Rotation.Tests.Register;

[Collection(PostgresCollection.Name)]
public sealed class PublishFinalTests(PostgresServer server) : RegisterFixture(server)
{
    private RegisterWriter Writer => new(DataSource);

    [Fact]
    public async Task Publishing_a_run_as_final_enters_every_row_with_its_plan_version_and_publisher()
    {
        var version = await ImportAsync();
        var run = await StoreRunAsync(version, TwoMoves(Start));

        var final = await Writer.PublishFinalAsync("jiaoling", run, "hr01", CancellationToken.None);

        var entries = await new RegisterReader(DataSource).AllAsync("jiaoling", CancellationToken.None);
        Assert.Equal((run, version.Id, 1, Start, 2), (final.RunId, final.VersionId, final.DatasetVersion, final.PlanStartDate, final.Entries));
        Assert.Equal(["T001 transfer S001小学→S002小学 PE hr01 2027", "T003 principal S002小学→S001小学  hr01 2027"],
            entries.Select(e => $"{e.TeacherId} {Codes.Kind.Code(e.Kind)} {e.FromSchoolName}→{e.ToSchoolName} {e.Subject} {e.PublishedBy} {e.DatasetName}"));
        Assert.All(entries, e => Assert.Equal((run, version.Id, Start, Start.AddYears(3)), (e.RunId, e.VersionId, e.StartDate, e.EndDate)));
        Assert.Equal(1L, await ScalarAsync<long>("select count(*) from publications where stage = 'final'"));
        Assert.Equal(2L, await ScalarAsync<long>("select count(*) from audit_log where action in ('publish.final', 'register.entered')"));
    }

    [Fact]
    public async Task A_second_final_publication_of_a_version_is_refused_in_chinese_and_writes_nothing()
    {
        var version = await ImportAsync();
        var first = await StoreRunAsync(version, TwoMoves(Start));
        var second = await StoreRunAsync(version, new Plan([Row("T001", AssignmentKind.Transfer, "S001", "S002", Subject.CHN, Start)]));
        await Writer.PublishFinalAsync("jiaoling", first, "hr01", CancellationToken.None);

        var refusal = await Assert.ThrowsAsync<RegisterRefusalException>(() => Writer.PublishFinalAsync("jiaoling", second, "hr02", CancellationToken.None));

        Assert.Contains("第 1 版已于", refusal.Message);
        Assert.Contains($"同一数据集版本只能发布一次最终方案，运行 {second} 未发布", refusal.Message);
        Assert.Equal(2L, await ScalarAsync<long>("select count(*) from register_entries"));
        Assert.Equal(1L, await ScalarAsync<long>("select count(*) from publications"));
    }

    [Fact]
    public async Task Another_version_of_the_same_year_cannot_be_published_as_final_too_but_the_next_year_can()
    {
        var first = await ImportAsync();
        await Writer.PublishFinalAsync("jiaoling", await StoreRunAsync(first, TwoMoves(Start)), "hr01", CancellationToken.None);
        var replanned = await StoreRunAsync(await ImportAsync(), TwoMoves(Start));
        var nextYear = await StoreRunAsync(await ImportAsync(planStart: Start.AddYears(1)), new Plan([]));

        var refusal = await Assert.ThrowsAsync<RegisterRefusalException>(() => Writer.PublishFinalAsync("jiaoling", replanned, "hr01", CancellationToken.None));
        var next = await Writer.PublishFinalAsync("jiaoling", nextYear, "hr01", CancellationToken.None);

        Assert.Contains("同一年度只能发布一次最终方案", refusal.Message);
        Assert.Equal((3, Start.AddYears(1)), (next.DatasetVersion, next.PlanStartDate));
    }

    [Fact]
    public async Task A_run_that_wrote_no_plan_or_that_the_county_does_not_have_is_refused()
    {
        var version = await ImportAsync();
        var infeasible = await StoreRunAsync(version, Plan.Empty, exitCode: 3);

        var noPlan = await Assert.ThrowsAsync<RegisterRefusalException>(() => Writer.PublishFinalAsync("jiaoling", infeasible, "hr01", CancellationToken.None));
        var otherCounty = await Assert.ThrowsAsync<RegisterRefusalException>(() => Writer.PublishFinalAsync("pingyuan", infeasible, "hr01", CancellationToken.None));

        Assert.Contains("以退出码 3 结束，没有写出方案", noPlan.Message);
        Assert.Contains($"县 pingyuan 没有编号为 {infeasible} 的规划运行", otherCounty.Message);
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from final_plans"));
    }

    [Fact]
    public async Task A_plan_sending_a_teacher_still_on_a_registered_transfer_is_refused_naming_the_teacher()
    {
        await Writer.PublishFinalAsync("jiaoling", await StoreRunAsync(await ImportAsync(), TwoMoves(Start)), "hr01", CancellationToken.None);
        var nextStart = Start.AddYears(1);
        var again = await StoreRunAsync(await ImportAsync("2028", nextStart),
            new Plan([Row("T001", AssignmentKind.Itinerant, "S001", "S003", Subject.PE, nextStart)]));

        var refusal = await Assert.ThrowsAsync<RegisterRefusalException>(() => Writer.PublishFinalAsync("jiaoling", again, "hr01", CancellationToken.None));

        Assert.Contains("T001（教师T001）正在学校 S002 交流（2027-09-01 至 2030-09-01", refusal.Message);
        Assert.Equal(1L, await ScalarAsync<long>("select count(*) from final_plans"));
    }

    [Fact]
    public async Task Register_entries_and_final_plans_cannot_be_changed_or_deleted()
    {
        await Writer.PublishFinalAsync("jiaoling", await StoreRunAsync(await ImportAsync(), TwoMoves(Start)), "hr01", CancellationToken.None);

        var update = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<object>("update register_entries set to_school_id = 'S003'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<object>("delete from final_plans"));

        Assert.Equal((PostgresErrorCodes.RestrictViolation, PostgresErrorCodes.RestrictViolation), (update.SqlState, delete.SqlState));
    }
}
