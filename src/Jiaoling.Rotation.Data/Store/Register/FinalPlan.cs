namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>A run HR published as the final plan of a dataset version: the year's plan the register keeps.</summary>
public sealed record FinalPlan(
    long Id,
    string County,
    string DatasetName,
    long VersionId,
    int DatasetVersion,
    long RunId,
    DateOnly PlanStartDate,
    string PublishedBy,
    DateTimeOffset PublishedAt,
    int Entries);
