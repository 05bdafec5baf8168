using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Register;

/// <summary>
/// Stored datasets and runs for register tests: the tiny county imported as a version, and a finished run on it
/// whose plan is written by hand (T001 transfers S001 → S002 teaching PE, the principal T003 moves S002 → S001).
/// </summary>
public abstract class RegisterFixture(PostgresServer server) : StoreTestBase(server)
{
    protected static readonly DateOnly Start = new(2027, 9, 1);

    protected async Task<DatasetVersion> ImportAsync(string name = "2027", DateOnly? planStart = null, Dataset? dataset = null)
    {
        var data = dataset ?? TinyCounty.Dataset();
        return await new DatasetWriter(DataSource).ImportAsync(new DatasetImport("jiaoling", name,
            data with { Policy = data.Policy with { PlanStartDate = planStart ?? Start } }, [], "hr01", "/data/x"), CancellationToken.None);
    }

    protected static Assignment Row(string teacher, AssignmentKind kind, string from, string to, Subject? subject, DateOnly start) => new()
    {
        TeacherId = new TeacherId(teacher), TeacherName = "教师" + teacher, Kind = kind, From = new SchoolId(from), To = new SchoolId(to),
        Stage = Stage.Primary, Subject = subject, Share = 1m, StartDate = start, EndDate = start.AddYears(3), Reason = "测试",
    };

    protected static Plan TwoMoves(DateOnly start) => new(
    [
        Row("T001", AssignmentKind.Transfer, "S001", "S002", Subject.PE, start),
        Row("T003", AssignmentKind.Principal, "S002", "S001", null, start),
    ]);

    protected async Task<long> StoreRunAsync(DatasetVersion version, Plan plan, int exitCode = 0)
    {
        await using var conn = await DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var id = await RunWriter.SaveAsync(conn, tx, new PlanRunRecord
        {
            County = "jiaoling", VersionId = version.Id, ExitCode = exitCode, Status = exitCode == 0 ? "optimal" : "infeasible",
            TimeLimitSeconds = 5, Workers = 1, Seed = 1, StartedAt = DateTimeOffset.UtcNow, FinishedAt = DateTimeOffset.UtcNow,
            CreatedBy = "test", Plan = plan,
        }, CancellationToken.None);
        await tx.CommitAsync();
        return id;
    }
}
