using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import;

/// <summary>
/// What reading a dataset folder gave: the dataset when there is no error (never half a dataset), every
/// error and warning sorted by file then line, and the files read with their hashes.
/// </summary>
public sealed record ReadResult(
    Dataset? Dataset,
    IReadOnlyList<Problem> Errors,
    IReadOnlyList<Problem> Warnings,
    IReadOnlyList<SourceFile> SourceFiles)
{
    public bool Ok => Errors.Count == 0;
}
