namespace Jiaoling.Rotation.Data.Store;

/// <summary>A job found orphaned by a dead host, and what recovery made of it (<c>queued</c> or <c>failed</c>).</summary>
public sealed record RecoveredJob(long Id, string County, string FormerHost, int Attempts, string Status);
