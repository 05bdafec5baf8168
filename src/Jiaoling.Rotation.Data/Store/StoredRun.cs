namespace Jiaoling.Rotation.Data.Store;

/// <summary>A stored run's summary as the web endpoints show it.</summary>
public sealed record StoredRun(
    long Id,
    string County,
    long VersionId,
    long? JobId,
    int ExitCode,
    string Status,
    double? SolverSeconds,
    double? Gap,
    string? Message,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string CreatedBy,
    int Rows);
