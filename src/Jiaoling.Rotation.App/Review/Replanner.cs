using Jiaoling.Rotation.App.Service;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App.Review;

/// <summary>
/// Turns the review of the current run into a new plan job. The decisions are rebuilt each time from the
/// dataset as last imported (not from earlier re-plans): HR's latest ruling on each teacher; every
/// non-itinerant row that all its reviewers approved becomes a hard <c>require</c>; and, when
/// <c>keep</c> is set, so does every other non-itinerant row nobody objects to, except rows that could be
/// the other half of a ruled row's swap, so that only rulings and the rules can change the plan. Itinerant rows cannot be expressed as decisions and are re-planned freely.
/// The result is stored as the dataset's next version (source <see cref="Source"/>…) and queued.
/// </summary>
public sealed class Replanner(RunCache cache, ReviewStore reviews, RulingStore rulings, DatasetLoader loader, DatasetWriter writer,
    JobQueue jobs, IOptions<ReviewOptions> review, IOptions<WorkerOptions> worker)
{
    /// <summary>How the source folder of a version written by a re-plan begins.</summary>
    public const string Source = "review:";

    public async Task<PlanJob> ReplanAsync(Portal user, CurrentRun run, bool keep, CancellationToken ct)
    {
        var imported = (await loader.VersionsAsync(user.County, run.DatasetName, ct)).Last(v => !v.SourceFolder.StartsWith(Source, StringComparison.Ordinal));
        var dataset = await cache.DatasetAsync(imported.Id);
        var decisions = Decisions(dataset, await cache.PlanAsync(run.RunId), await reviews.CurrentAsync(user.County, run.RunId, null, ct),
            await rulings.AllAsync(user.County, run.DatasetName, ct), keep);
        var version = await writer.ImportAsync(new DatasetImport(user.County, run.DatasetName, dataset with { Decisions = decisions },
            [], user.Login, $"{Source}run {run.RunId}{(keep ? " keep" : "")}"), ct);
        return await jobs.EnqueueAsync(new JobRequest(user.County, version.Name, review.Value.ReplanSeconds,
            worker.Value.DefaultWorkers, worker.Value.DefaultSeed, user.Login), ct);
    }

    public static IReadOnlyList<Decision> Decisions(Dataset dataset, Plan plan, IReadOnlyList<RowReview> current,
        IReadOnlyList<Ruling> rulings, bool keep)
    {
        var ruled = rulings.GroupBy(r => r.TeacherId).Select(g => g.Last())
            .Where(r => r.Decision != "withdraw" && (r.Decision != "require" || r.SchoolId is not null))
            .ToDictionary(r => r.TeacherId, r => new Decision(new TeacherId(r.TeacherId), Parse(r.Decision), r.SchoolId is null ? null : new SchoolId(r.SchoolId)));
        var answers = current.ToLookup(r => r.TeacherId);
        // A ruled row is often one half of a swap: rows leaving the school it went to, or arriving where it
        // came from, stay free to follow it.
        var ruledRows = plan.Assignments.Where(a => ruled.ContainsKey(a.TeacherId.Value)).ToList();
        var leaving = ruledRows.Select(a => a.To).ToHashSet();
        var arriving = ruledRows.Select(a => a.From).ToHashSet();
        var held = plan.Assignments
            .Where(a => a.Kind != AssignmentKind.Itinerant && !ruled.ContainsKey(a.TeacherId.Value))
            .Where(a => answers[a.TeacherId.Value].Any()
                ? answers[a.TeacherId.Value].All(r => r.Verdict == "approve")
                : keep && !leaving.Contains(a.From) && !arriving.Contains(a.To))
            .ToDictionary(a => a.TeacherId.Value, a => new Decision(a.TeacherId, DecisionKind.Require, a.To));
        return dataset.Decisions
            .Where(d => !ruled.ContainsKey(d.Teacher.Value) && !held.ContainsKey(d.Teacher.Value))
            .Concat(ruled.Values).Concat(held.Values)
            .ToList();
    }

    private static DecisionKind Parse(string decision) => decision switch
    {
        "require" => DecisionKind.Require,
        "forbid" => DecisionKind.Forbid,
        _ => DecisionKind.Stay,
    };
}
