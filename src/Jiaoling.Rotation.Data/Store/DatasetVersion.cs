namespace Jiaoling.Rotation.Data.Store;

/// <summary>One immutable stored version of a dataset: who imported it, when and from where.</summary>
public sealed record DatasetVersion(
    long Id,
    string County,
    string Name,
    int Version,
    DateTimeOffset ImportedAt,
    string ImportedBy,
    string SourceFolder);
