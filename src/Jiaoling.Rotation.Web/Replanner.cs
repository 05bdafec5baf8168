using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Turns the review of the current run into a new plan job. The decisions are rebuilt each time from the
/// dataset as last imported (not from earlier re-plans): HR's rulings on each teacher, and a hard
/// <c>require</c> for every non-itinerant row that all its reviewers approved. The job names the current
/// run as the plan it revises and the teachers whose approved rows are itinerant, which the solver keeps
/// exactly; every other row is kept unless a rule, a decision or a policy level needs the change (the
/// solver's <c>stability</c> level). The result is stored as the dataset's next
/// version (source <see cref="Source"/>…) and queued.
/// </summary>
public sealed class Replanner(RunCache cache, ReviewStore reviews, RulingStore rulings, DatasetLoader loader, DatasetWriter writer,
    JobQueue jobs, IOptions<ReviewOptions> review, IOptions<WorkerOptions> worker)
{
    /// <summary>How the source folder of a version written by a re-plan begins.</summary>
    public const string Source = "review:";

    public async Task<PlanJob> ReplanAsync(Portal user, CurrentRun run, CancellationToken ct)
    {
        var imported = (await loader.VersionsAsync(user.County, run.DatasetName, ct)).Last(v => !v.SourceFolder.StartsWith(Source, StringComparison.Ordinal));
        var dataset = await cache.DatasetAsync(imported.Id);
        var (plan, current) = (await cache.PlanAsync(run.RunId), await reviews.CurrentAsync(user.County, run.RunId, null, ct));
        var ruled = RulingDecisions.Of(await rulings.AllAsync(user.County, run.DatasetName, ct));
        var approved = Approved(plan, current, ruled).ToList();
        var version = await writer.ImportAsync(new DatasetImport(user.County, run.DatasetName,
            dataset with { Decisions = Decisions(dataset, approved, ruled) }, [], user.Login, $"{Source}run {run.RunId}"), ct);
        // What a require cannot express (itinerant rows) the job keeps exactly as approved rows.
        var itinerant = approved.Where(a => a.Kind == AssignmentKind.Itinerant).Select(a => a.TeacherId.Value).Distinct().ToList();
        return await jobs.EnqueueAsync(new JobRequest(user.County, version.Name, review.Value.ReplanTimeLimit.TotalSeconds,
            worker.Value.DefaultWorkers, worker.Value.DefaultSeed, user.Login, run.RunId, itinerant), ct);
    }

    /// <summary>
    /// The re-plan's decisions: HR's rulings, a <c>require</c> per approved transfer or principal move, and the
    /// dataset's own decisions of every other teacher.
    /// </summary>
    public static IReadOnlyList<Decision> Decisions(Dataset dataset, IReadOnlyList<Assignment> approved, ILookup<TeacherId, Decision> ruled)
    {
        var required = approved
            .Where(a => a.Kind is not (AssignmentKind.Itinerant or AssignmentKind.Return))
            .Select(a => new Decision(a.TeacherId, DecisionKind.Require, a.To))
            .ToList();
        var decided = required.Select(d => d.Teacher).Concat(ruled.Select(g => g.Key)).ToHashSet();
        return dataset.Decisions.Where(d => !decided.Contains(d.Teacher))
            .Concat(ruled.SelectMany(g => g)).Concat(required)
            .ToList();
    }

    /// <summary>The rows of teachers HR has not ruled on whose every row all its reviewers approved.</summary>
    public static IEnumerable<Assignment> Approved(Plan plan, IReadOnlyList<RowReview> current, ILookup<TeacherId, Decision> ruled)
    {
        var answers = current.ToLookup(r => r.TeacherId);
        return plan.Assignments.Where(a => !ruled.Contains(a.TeacherId)
            && answers[a.TeacherId.Value].Any() && answers[a.TeacherId.Value].All(r => r.Verdict == "approve"));
    }
}
