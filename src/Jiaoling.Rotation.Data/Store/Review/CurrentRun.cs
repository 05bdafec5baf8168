namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>The run under review in a county: the newest successful run, with its dataset and version.</summary>
public sealed record CurrentRun(long RunId, string DatasetName, long VersionId, DateTimeOffset FinishedAt);
