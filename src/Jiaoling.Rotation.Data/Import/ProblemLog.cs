namespace Jiaoling.Rotation.Data.Import;

/// <summary>Collects the problems of a read, every one of them, in the order found.</summary>
internal sealed class ProblemLog
{
    private readonly List<Problem> _problems = [];

    public int ErrorCount { get; private set; }

    public void Error(string file, int line, string message)
    {
        _problems.Add(new Problem(file, line, message, false));
        ErrorCount++;
    }

    public void Warn(string file, int line, string message) => _problems.Add(new Problem(file, line, message, true));

    public IReadOnlyList<Problem> Errors => Sorted(false);

    public IReadOnlyList<Problem> Warnings => Sorted(true);

    // OrderBy is stable, so problems of one line keep the order they were found in.
    private List<Problem> Sorted(bool warnings) => _problems
        .Where(p => p.IsWarning == warnings)
        .OrderBy(p => p.File, StringComparer.Ordinal)
        .ThenBy(p => p.Line)
        .ToList();
}
