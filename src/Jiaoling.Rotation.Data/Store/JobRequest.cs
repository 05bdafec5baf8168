namespace Jiaoling.Rotation.Data.Store;

/// <summary>
/// A request to plan the latest version of a dataset (time limit in seconds); with
/// <paramref name="PreviousRunId"/>, a re-plan that changes that run's plan as little as it can and keeps
/// the rows of <paramref name="ApprovedTeachers"/> exactly.
/// </summary>
public sealed record JobRequest(string County, string DatasetName, double TimeLimitSeconds, int Workers, int Seed, string RequestedBy,
    long? PreviousRunId = null, IReadOnlyList<string>? ApprovedTeachers = null);
