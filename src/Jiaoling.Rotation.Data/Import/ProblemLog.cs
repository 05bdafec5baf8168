namespace Jiaoling.Rotation.Data.Import;

/// <summary>
/// Collects the problems of a read, every one of them, in the order found. A warning given with a group
/// (the same remark on many rows, such as full-width digits in one column) is printed once, at its first
/// line, with the count and the first few lines.
/// </summary>
internal sealed class ProblemLog
{
    private const int LinesShown = 3;

    private readonly List<(Problem Problem, List<int>? Lines)> _problems = [];
    private readonly Dictionary<(string File, string Group), List<int>> _groups = new();

    public int ErrorCount { get; private set; }

    public void Error(string file, int line, string message)
    {
        _problems.Add((new Problem(file, line, message, false), null));
        ErrorCount++;
    }

    public void Warn(string file, int line, string message, string? group = null)
    {
        List<int>? lines = null;
        if (group is not null)
        {
            if (_groups.TryGetValue((file, group), out var seen))
            {
                seen.Add(line);
                return;
            }
            _groups[(file, group)] = lines = [line];
        }
        _problems.Add((new Problem(file, line, message, true), lines));
    }

    public IReadOnlyList<Problem> Errors => Sorted(false);

    public IReadOnlyList<Problem> Warnings => Sorted(true);

    // OrderBy is stable, so problems of one line keep the order they were found in.
    private List<Problem> Sorted(bool warnings) => _problems
        .Where(p => p.Problem.IsWarning == warnings)
        .Select(p => p.Lines is { } lines ? Collapsed(p.Problem, lines) : p.Problem)
        .OrderBy(p => p.File, StringComparer.Ordinal)
        .ThenBy(p => p.Line)
        .ToList();

    private static Problem Collapsed(Problem first, List<int> lines)
    {
        var distinct = lines.Distinct().Order().ToList();
        if (distinct.Count == 1)
        {
            return first;
        }
        var shown = string.Join("、", distinct.Take(LinesShown));
        return first with { Message = $"{first.Message}（共 {distinct.Count} 行，如第 {shown} 行）" };
    }
}
