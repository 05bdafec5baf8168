using System.Collections.Concurrent;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Datasets and plans by id. Both are immutable once stored, so keeping them in memory is always correct
/// and spares every page view a full load.
/// </summary>
public sealed class RunCache(DatasetLoader datasets, RunReader runs)
{
    private readonly ConcurrentDictionary<long, Lazy<Task<Dataset>>> _datasets = new();
    private readonly ConcurrentDictionary<long, Lazy<Task<Plan>>> _plans = new();
    private readonly ConcurrentDictionary<long, Lazy<Task<County>>> _counties = new();

    public Task<Dataset> DatasetAsync(long versionId) =>
        _datasets.GetOrAdd(versionId, id => new Lazy<Task<Dataset>>(() => datasets.LoadAsync(id, CancellationToken.None))).Value;

    /// <summary>The indexed county (effective demand, distances, statuses) of a version.</summary>
    public Task<County> CountyAsync(long versionId) =>
        _counties.GetOrAdd(versionId, id => new Lazy<Task<County>>(async () => County.Create(await DatasetAsync(id)))).Value;

    public Task<Plan> PlanAsync(long runId) =>
        _plans.GetOrAdd(runId, id => new Lazy<Task<Plan>>(() => runs.PlanAsync(id, CancellationToken.None))).Value;

    /// <summary>The schools a principal answers for: the own school and the teaching points under it.</summary>
    public async Task<IReadOnlySet<string>> ScopeAsync(long versionId, string schoolId)
    {
        var dataset = await DatasetAsync(versionId);
        return dataset.Schools
            .Where(s => s.Id.Value == schoolId || s.ParentSchoolId?.Value == schoolId)
            .Select(s => s.Id.Value)
            .ToHashSet();
    }

    public async Task<string> SchoolNameAsync(long versionId, string schoolId) =>
        (await DatasetAsync(versionId)).Schools.FirstOrDefault(s => s.Id.Value == schoolId)?.Name ?? schoolId;
}
