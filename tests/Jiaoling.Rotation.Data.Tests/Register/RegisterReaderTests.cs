using Jiaoling.Rotation.Data.Store.Register;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Register;

[Collection(PostgresCollection.Name)]
public sealed class RegisterReaderTests(PostgresServer server) : RegisterFixture(server)
{
    private RegisterReader Reader => new(DataSource);

    private async Task PublishTwoYearsAsync()
    {
        var writer = new RegisterWriter(DataSource);
        await writer.PublishFinalAsync("jiaoling", await StoreRunAsync(await ImportAsync(), TwoMoves(Start)), "hr01", CancellationToken.None);
        // The next year's data as rollover leaves it: T001 at the host S002 with the post at S001, T003 leading S001.
        var next = TinyCounty.Dataset() with
        {
            Teachers = TinyCounty.Dataset().Teachers.Select(t => t.Id.Value switch
            {
                "T001" => t with { SchoolId = new SchoolId("S002"), PostSchoolId = new SchoolId("S001"), LastRotationEnd = Start.AddYears(3), SchoolStartDate = Start },
                "T003" => t with { SchoolId = new SchoolId("S001"), RoleStartDate = Start, SchoolStartDate = Start },
                _ => t,
            }).ToList(),
        };
        var nextStart = Start.AddYears(1);
        await writer.PublishFinalAsync("jiaoling", await StoreRunAsync(await ImportAsync("2028", nextStart, next),
            new Plan([Row("T002", AssignmentKind.Itinerant, "S002", "S003", Subject.MATH, nextStart)])), "hr02", CancellationToken.None);
    }

    [Fact]
    public async Task The_register_reads_by_teacher_by_school_sent_or_received_and_by_search()
    {
        await PublishTwoYearsAsync();

        var byTeacher = await Reader.EntriesAsync("jiaoling", new RegisterQuery(TeacherId: "T003"), CancellationToken.None);
        var bySchool = await Reader.EntriesAsync("jiaoling", new RegisterQuery(SchoolId: "S003"), CancellationToken.None);
        var byName = await Reader.EntriesAsync("jiaoling", new RegisterQuery(Text: "S001小"), CancellationToken.None);
        var wildcard = await Reader.EntriesAsync("jiaoling", new RegisterQuery(Text: "%"), CancellationToken.None);
        var otherCounty = await Reader.EntriesAsync("pingyuan", new RegisterQuery(), CancellationToken.None);

        Assert.Equal(["T003"], byTeacher.Select(e => e.TeacherId));
        Assert.Equal([("T002", "2028", "hr02")], bySchool.Select(e => (e.TeacherId, e.DatasetName, e.PublishedBy)));
        Assert.Equal(["T001", "T003"], byName.Select(e => e.TeacherId));
        Assert.Empty(wildcard);
        Assert.Empty(otherCounty);
    }

    [Fact]
    public async Task A_teachers_history_folds_the_versions_at_one_school_and_lists_the_register_entries()
    {
        await PublishTwoYearsAsync();

        var history = await Reader.HistoryAsync("jiaoling", "T001", CancellationToken.None);
        var unknown = await Reader.HistoryAsync("jiaoling", "T404", CancellationToken.None);

        Assert.Equal("教师T001", history.Name);
        Assert.Equal(["S001 2027→2027", "S002(S001) 2028→2028"],
            history.Stints.Select(s => $"{s.First.SchoolId}{(s.First.PostSchoolId is { } p ? $"({p})" : "")} {s.First.DatasetName}→{s.Last.DatasetName}"));
        Assert.Equal("S001小学", history.Stints[1].First.PostSchoolName);
        Assert.Equal([AssignmentKind.Transfer], history.Entries.Select(e => e.Kind));
        Assert.True(unknown.IsEmpty);
    }

    [Fact]
    public async Task Years_since_the_last_rotation_count_from_its_start_to_the_countys_latest_plan_start()
    {
        await PublishTwoYearsAsync();

        var asOf = await Reader.LatestPlanStartAsync("jiaoling", CancellationToken.None);
        var past = (await Reader.AllAsync("jiaoling", CancellationToken.None)).Select(e => e.ToPast()).ToList();

        Assert.Equal(Start.AddYears(1), asOf);
        Assert.Equal(1, RotationHistory.YearsSinceLast(past, new TeacherId("T001"), asOf!.Value));
        Assert.Null(RotationHistory.YearsSinceLast(past, new TeacherId("T002"), asOf.Value));
        Assert.Null(await Reader.LatestPlanStartAsync("pingyuan", CancellationToken.None));
    }
}
