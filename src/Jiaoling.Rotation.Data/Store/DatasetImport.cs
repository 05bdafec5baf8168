using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>A validated dataset to store as the next version of <see cref="Name"/> in <see cref="County"/>.</summary>
public sealed record DatasetImport(
    string County,
    string Name,
    Dataset Dataset,
    IReadOnlyList<SourceFile> Files,
    string ImportedBy,
    string SourceFolder);
