using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// Reads a dataset folder for a verb the way every verb does: all warnings and errors to stderr as
/// <c>FILE:LINE: message</c>, in file and line order, and nothing else there (the contract's form, which
/// scripts may parse); null when the input is invalid (exit 2).
/// </summary>
public static class DatasetInput
{
    public static Dataset? Read(string folder, TextWriter stderr) => Report(DatasetReader.Read(folder), stderr);

    public static Dataset? Report(ReadResult read, TextWriter stderr)
    {
        foreach (var problem in read.Warnings.Concat(read.Errors)
                     .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line))
        {
            stderr.WriteLine(problem);
        }
        return read.Dataset;
    }
}
