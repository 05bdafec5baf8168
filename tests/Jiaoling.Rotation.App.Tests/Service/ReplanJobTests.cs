using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Service;

/// <summary>How a re-plan job queued by the review portal reaches the planner.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReplanJobTests(PostgresServer server) : ServiceHostFixture(server)
{
    [Fact]
    public async Task A_re_plan_job_hands_the_planner_the_previous_runs_plan_and_its_approved_teachers()
    {
        var seen = new List<PlanSettings>();
        await StartHostAsync("host-a", new ScriptedExecutor(async (dataset, folder, settings, _, _) =>
        {
            lock (seen)
            {
                seen.Add(settings);
            }
            var teacher = dataset.Teachers[0];
            var row = Assignment.Of(teacher, AssignmentKind.Transfer, dataset.Schools[1].Id, teacher.Subject, 1m, dataset.Policy, "补缺");
            return await ScriptedExecutor.WritePlanAsync(dataset, folder) with { Plan = new Plan([row]) };
        }));
        var first = await WaitForAsync((await EnqueueAsync()).Id, j => j.Status == "finished");

        var replan = await new JobQueue(DataSource).EnqueueAsync(
            new JobRequest("jiaoling", "2027", 30, 1, 7, "hr01", first.RunId, ["T001"]), CancellationToken.None);
        var second = await WaitForAsync(replan.Id, j => j.Status == "finished");

        Assert.Equal(("finished", "finished"), (first.Status, second.Status));
        Assert.Null(seen[0].Revision);
        var revision = Assert.IsType<Solver.Revision>(seen[1].Revision);
        var kept = Assert.Single(revision.Previous.Assignments);
        Assert.Equal((TinyCounty.Dataset().Teachers[0].Id, AssignmentKind.Transfer), (kept.TeacherId, kept.Kind));
        Assert.Equal([new TeacherId("T001")], revision.Approved);
    }
}
