using Jiaoling.Rotation.App.Service;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App.Review;

/// <summary>
/// Turns the review of the current run into a new plan job: HR's latest ruling on each teacher, and every
/// non-itinerant row that all its reviewers approved as a hard <c>require</c>, replace the teacher's
/// earlier decisions; the result is stored as the dataset's next version and queued for the solver.
/// </summary>
public sealed class Replanner(RunCache cache, ReviewStore reviews, RulingStore rulings, DatasetWriter writer, JobQueue jobs,
    IOptions<ReviewOptions> review, IOptions<WorkerOptions> worker)
{
    public async Task<PlanJob> ReplanAsync(Portal user, CurrentRun run, CancellationToken ct)
    {
        var dataset = await cache.DatasetAsync(run.VersionId);
        var plan = await cache.PlanAsync(run.RunId);
        var decisions = Decisions(dataset, plan, await reviews.CurrentAsync(user.County, run.RunId, null, ct),
            await rulings.AllAsync(user.County, run.DatasetName, ct));
        var version = await writer.ImportAsync(new DatasetImport(user.County, run.DatasetName, dataset with { Decisions = decisions },
            [], user.Login, $"复核后重新规划（方案 {run.RunId}）"), ct);
        return await jobs.EnqueueAsync(new JobRequest(user.County, version.Name, review.Value.ReplanSeconds,
            worker.Value.DefaultWorkers, worker.Value.DefaultSeed, user.Login), ct);
    }

    public static IReadOnlyList<Decision> Decisions(Dataset dataset, Plan plan, IReadOnlyList<RowReview> current,
        IReadOnlyList<Ruling> rulings)
    {
        var ruled = rulings.GroupBy(r => r.TeacherId).Select(g => g.Last())
            .Where(r => r.Decision != "withdraw" && (r.Decision != "require" || r.SchoolId is not null))
            .ToDictionary(r => r.TeacherId, r => new Decision(new TeacherId(r.TeacherId), Parse(r.Decision), r.SchoolId is null ? null : new SchoolId(r.SchoolId)));
        var approved = current.GroupBy(r => r.TeacherId)
            .Where(g => !ruled.ContainsKey(g.Key) && g.All(r => r.Verdict == "approve"))
            .SelectMany(g => plan.Assignments.Where(a => a.TeacherId.Value == g.Key && a.Kind != AssignmentKind.Itinerant))
            .ToDictionary(a => a.TeacherId.Value, a => new Decision(a.TeacherId, DecisionKind.Require, a.To));
        return dataset.Decisions
            .Where(d => !ruled.ContainsKey(d.Teacher.Value) && !approved.ContainsKey(d.Teacher.Value))
            .Concat(ruled.Values).Concat(approved.Values)
            .ToList();
    }

    private static DecisionKind Parse(string decision) => decision switch
    {
        "require" => DecisionKind.Require,
        "forbid" => DecisionKind.Forbid,
        _ => DecisionKind.Stay,
    };
}
