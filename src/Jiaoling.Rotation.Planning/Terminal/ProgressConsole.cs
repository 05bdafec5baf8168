namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>
/// Shows a planning run's progress on a console. On a terminal it redraws one line with a bar of the time
/// spent, keeping a finished step's last line; elsewhere (a file, a pipe, tests, CI) it writes plain lines:
/// one when a step starts, one when it ends, one at most every ten seconds in between when something
/// changed, and one per activity after solving. Reports may come from any thread.
/// </summary>
public sealed class ProgressConsole : IProgress<PlanProgress>, IDisposable
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _writer;
    private readonly bool _live;
    private readonly Lock _gate = new();
    private (int Step, bool Done, string? Activity) _shown = (-1, false, null);
    private TimeSpan _shownAt = TimeSpan.MinValue;
    private string? _shownText;
    private bool _lineOpen;

    public ProgressConsole(TextWriter writer, bool live)
    {
        _writer = writer;
        _live = live;
    }

    /// <summary>A console for the writer: live when it is the process's console output or error and that is a terminal.</summary>
    public static ProgressConsole For(TextWriter writer) => new(writer, IsTerminal(writer));

    public static bool IsTerminal(TextWriter writer)
    {
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 } || Environment.GetEnvironmentVariable("TERM") == "dumb")
        {
            return false;
        }
        return (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected)
               || (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected);
    }

    public void Report(PlanProgress value)
    {
        lock (_gate)
        {
            var key = (value.Step, value.StepDone, value.Activity);
            var milestone = key != _shown;
            var text = ProgressLine.Of(value);
            if (_live)
            {
                Draw(value, text, milestone);
            }
            else if (milestone || (value.Elapsed - _shownAt >= PlainEvery && text != _shownText))
            {
                _writer.WriteLine(text);
                _shownAt = value.Elapsed;
            }
            _shown = key;
            _shownText = text;
        }
    }

    private void Draw(PlanProgress value, string text, bool milestone)
    {
        if (!milestone && value.Elapsed - _shownAt < RedrawEvery)
        {
            return;
        }
        var line = $"{Bar(value)} {text}";
        if (milestone && (value.StepDone || value.Activity is not null))
        {
            // A finished step keeps its whole line, wrapped if need be; the next report draws below it.
            _writer.WriteLine($"\r\u001b[2K{line}");
            _lineOpen = false;
        }
        else
        {
            // A line redrawn in place must not wrap, or the carriage return redraws only its last part.
            _writer.Write($"\r\u001b[2K{TerminalText.Fit(line, TerminalText.Width() - 1)}");
            _lineOpen = true;
        }
        _writer.Flush();
        _shownAt = value.Elapsed;
    }

    private static string Bar(PlanProgress p)
    {
        const int cells = 20;
        if (p.Activity is not null || p.TimeLimit <= TimeSpan.Zero)
        {
            return new string('█', cells);
        }
        var done = (int)Math.Clamp(Math.Round(cells * p.Elapsed / p.TimeLimit), 0, cells);
        return new string('█', done) + new string('░', cells - done);
    }

    /// <summary>Clears an unfinished live line, so what is written next starts on a clean line.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_live && _lineOpen)
            {
                _writer.Write("\r\u001b[2K");
                _writer.Flush();
                _lineOpen = false;
            }
        }
    }
}
