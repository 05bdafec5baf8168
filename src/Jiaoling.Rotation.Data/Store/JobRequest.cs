namespace Jiaoling.Rotation.Data.Store;

/// <summary>A request to plan the latest version of a dataset (time limit in seconds).</summary>
public sealed record JobRequest(string County, string DatasetName, double TimeLimitSeconds, int Workers, int Seed, string RequestedBy);
