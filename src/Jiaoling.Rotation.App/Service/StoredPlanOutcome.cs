using Jiaoling.Rotation.Data.Store;

namespace Jiaoling.Rotation.App.Service;

/// <summary>The result of planning a stored dataset: the version planned, the stored run's id and the result.</summary>
public sealed record StoredPlanOutcome(DatasetVersion Version, long RunId, PlanRunResult Result);
